"""Chinese reply families the tagger must generalise to (issue 3): phrasings written for these tests, not taken
from the corpus, one or more per family of assets/scoring/zh.yaml's rules."""

from __future__ import annotations

import pytest

from simulator.core.scoring import load_tagger
from simulator.core.tags import Tag

V, A, P, R, F, X = Tag.VENT, Tag.APOLOGIZE, Tag.PROBE, Tag.RESOLVE, Tag.FOLLOW_UP, Tag.FORBIDDEN

RESOLVE_CASES = {
    "done_fact": [
        "退款已经原路退回了,您查收一下。",
        "账户已经解冻,现在可以正常使用了。",
        "那笔重复扣款撤销了,钱明天回到卡里。",
        "那笔钱已经原路转回去了。",
        "停机已经解除,现在可以正常打电话了。",
        "押金已经全部退回您的支付宝。",
        "我已经批量unlock了您公司的账号。",
    ],
    "offer_or_commitment": [
        "明天上午会有工程师上门更换光猫。",
        "这个月的月租我们免了。",
        "这顿饭算我们的。",
        "我给您升级成商务舱,不加钱。",
        "多收的十五块钱我现在就转给您。",
        "这个月的账单我们给您打八折。",
        "修车费我们先垫付。",
        "下周三有一批考位,我现在直接把您报进去。",
        "按您提交的清单,这次理赔金额是12460元,结论出来后1个工作日内打款。",
        "申请的临时额度马上生效。",
        "退款我今天就给您打回去。",  # money handed back: 给您 before the verb
        "我先把我的停车卡让给您用。",
        "今晚我把您的预约改到明天上午。",
        "我这就让厨房插个队先做您的餐。",
        "明天一早有人来修门锁。",
        "下周换一位有经验的老师给您。",
        "周三到货后给您寄。",
        "我们给您重做一碗。",
        "您的那碗面我们重新做。",
        "我一小时内把您的账户弄好。",
        "我在后台给您book了周五的场地。",
        "我先给您把明天的班排出来。",
        "明天可以安排免费复查。",
        "这顿算我们的,您慢用。",
    ],
    "choice_of_fixes": [
        "可以退货退款,也可以换一个同款,您定。",
        "我可以给您退款,也可以重新给您做一份,您想要哪个?",
        "您可以选择退款,也可以等下周到货后优先给您发,看您方便。",
    ],
    "troubleshooting": [
        "您把路由器拔掉电源,等三十秒再插上。",
        "您换一根数据线试试。",
        "长按复位键五秒,等指示灯变绿就好了。",
        "您先把手机关机,取出SIM卡再插回去,开机就好了。",
        "在设置里切到省电模式就好了。",
    ],
}

NOT_RESOLVE = [
    "我帮您查一下物流。",
    "请稍等,我核实一下。",
    "我帮您提交给售后,等他们审核。",
    "我们会尽快处理的。",
    "退款一般三到五个工作日到账。",
    "您重启过路由器吗?",  # a question about a step already tried is no step given
    "新机寄出后我会把快递单号发给您。",  # the follow-up on a fix, not the fix
    "我们驾校是严禁教练收红包的。",  # a bribe, not a voucher
    "师傅说零件下周才到。",  # reporting what the technician said
    "我帮您remote查一下日志。",  # a look-up, not a fix
]

FORBIDDEN_CASES = {
    "impatience": ["长话短说,我后面还有好多电话。", "说重点。", "你到底还要不要办?", "您等着就行。"],
    "condescension": ["这都不懂吗?", "这么简单的操作,一般人都会。", "说了您也不懂。"],
    "sarcasm": ["恭喜您,您是第一个遇到这种问题的。", "您可真会挑时间。", "想得美。"],
    "not_ours": ["发错货是仓库的事,你把单子放这儿。", "那我哪知道,你去问仓库。"],
    "circular": ["退了就是退了。"],
    "send_away": ["您还是自己想想办法吧。"],
    "busy": ["我们也很忙,您等着吧。", "你先冷净一下。"],
    "dismiss_small_print": ["说明书上不是写着吗?"],
    "minimise": ["不过是晚了一天而已。", "又不是什么大事。", "您别这么较真。", "催也没用,大家都在排队。"],
    "blame_implied": [
        "您下单时就该看好尺码。",
        "别人都能用,就您不能用。",
        "下次地址写清楚点。",
        "说不定是您拿的时候没拿稳。",
        "您家东西太多了,师傅都不想去。",
    ],
    "buck_passing": ["那是快递的问题,您直接找他们去。", "我们平台只是个中间方。", "这个我们也控制不了。"],
    "overpromise": ["我保证明天一定修好。", "这个问题以后百分百不会再出现。", "我拿我的工号担保,今天一定到账。"],
    "accusing_question": ["您问我我问谁去?", "早干嘛去了?", "您就没看见页面上的提示吗?"],
    "calm_down": ["您声音能不能小一点,吵得我头疼。", "消消气,别在这儿嚷。", "要退款可以,先把态度放好一点。"],
    "curt_refusal": ["不可能。", "那没办法。"],
}

FIRM_NOT_FORBIDDEN = [
    "根据保险条款,自然磨损不在理赔范围内。",
    "时间上是够的,但对方那边的速度我控制不了,这个我不骗您。",  # an honest limit, said as one
    "九点这一场是您先订的,另一场我已经调到别的厅。",  # "you booked first" takes the customer's side
    "约考是您自己在网上约的,还是教练统一报的?",  # an either-or question, not blame
    "麻烦您报一下燃气户号,还有在App上交费的时间?",  # a polite request for facts
    "这个价格已经是最低价了,没法再便宜了。",
    "我们不能替您取消别人的订单,这涉及隐私。",
    "我没法保证一定能追回,但我会尽全力。",
    "按规定需要本人到场办理。",
    "目前系统显示包裹还在运输中。",
    "我登记一下您的问题。",
    "如果核实是翻新机,我们按规定三倍赔偿。",
    "如果您想了解进度,随时可以再打给我们。",
    "这个情况我没法直接批,需要主管审核。",
    "手机进水属于人为损坏,保修不包括这种情况。",
    "电费是按照阶梯电价计算的,用得越多单价越高。",
    "不是您的错,您不用担心。",
    "非常抱歉,让您这么多天都没办法上网。",
    "我先给您补偿200元吧。",
]

APOLOGIZE_CASES = [
    "是我们考虑不周。",
    "这次是我们做得不好。",
    "我们处理得太慢了,向您赔个不是。",
    "这件事我们有责任。",
    "这个问题出在我们这边。",
    "对此我们深感愧疚。",
    "这次的事情我们负全部责任。",
    "是我们称重没称准。",
    "不好意四,让您久等了。",  # typo of 不好意思
    "bhys,让您白跑一趟。",  # pinyin initials of 不好意思
    "真抱歉打扰到您了,我们不会再打来。",  # sorry for the calls complained of, not an excuse-me
    "您说的不是挑刺,是我们的问题。",  # 不是挑刺 takes the customer's side
]

SOFTENED_REFUSAL = [  # "sorry" that softens a refusal is no apology for a fault
    "抱歉,这个优惠只针对新用户。",
    "不好意思,周末不办理退款业务。",
    "抱歉,按照规定,退票需要在开车前办理。",
]

NOT_AN_APOLOGY = {  # sorry for asking again or for interrupting, and a sarcastic sorry
    "不好意思,您刚才说的订单号是多少?": (P,),
    "抱歉打扰一下,请问您现在方便接电话吗?": (P,),
    "如果您觉得受了委屈,那就算我们错了吧。": (X,),
    "我们没有责任,不需要道歉。": (X,),
    "如果让您觉得委屈了,那我们道个歉。": (X,),  # the feeling in a non-apology is no empathy
}

FOLLOW_UP_CASES = [
    "修好以后我拍照发给您看。",
    "快递号出来了我发给您。",
    "周五前给您个准话。",
    "结果三天内回覆您。",
    "办好了我在群里通知大家。",
    "后天我亲自打过去。",
]

NOT_FOLLOW_UP = [
    "我先跟您确认一下,您住几楼?",  # a check made now, not a later contact
    "我把您从回访名单里删掉了。",
]

VENT_CASES = [
    "要是我是您,我也会生气。",
    "明白您赶着去上班。",
    "家人住院,您一定放心不下。",
]

PROBE_CASES = [
    "手术后好些了没有",
]

NOT_PROBE = [
    "天哪,这也太糟了。",
    "没有没有,是我们做得不好。",
    "以后有事随时给我打电话。",
    "您哪天有空过来都行。",
    "万一还有哪里不满意,您直接找我。",
    "我明天打电话问问您空调还有没有异响。",
    "今天下午就能发出。",
    "您遇到什么问题了,跟我说说。",
]


@pytest.fixture(scope="module")
def tag():
    tagger = load_tagger()
    return lambda reply: tagger.tag(reply, None, "zh")


def _cases(table: dict[str, list[str]]) -> list[object]:
    return [pytest.param(reply, id=f"{family}:{reply}") for family, replies in table.items() for reply in replies]


@pytest.mark.parametrize("reply", _cases(RESOLVE_CASES))
def test_resolve_families(tag, reply: str) -> None:
    assert R in tag(reply).tags


@pytest.mark.parametrize("reply", NOT_RESOLVE)
def test_not_resolve(tag, reply: str) -> None:
    assert R not in tag(reply).tags


@pytest.mark.parametrize("reply", _cases(FORBIDDEN_CASES))
def test_forbidden_families(tag, reply: str) -> None:
    tagged = tag(reply)
    assert X in tagged.tags
    assert P not in tagged.tags and V not in tagged.tags  # a forbidden sentence is no question nor empathy


@pytest.mark.parametrize("reply", FIRM_NOT_FORBIDDEN)
def test_firm_or_neutral_is_not_forbidden(tag, reply: str) -> None:
    assert X not in tag(reply).tags


@pytest.mark.parametrize("reply", APOLOGIZE_CASES)
def test_apologies_without_sorry(tag, reply: str) -> None:
    tagged = tag(reply)
    assert A in tagged.tags and X not in tagged.tags


@pytest.mark.parametrize("reply", SOFTENED_REFUSAL)
def test_sorry_that_softens_a_refusal_is_no_apology(tag, reply: str) -> None:
    assert tag(reply).tags == ()


@pytest.mark.parametrize(("reply", "tags"), NOT_AN_APOLOGY.items())
def test_sorry_that_is_no_apology(tag, reply: str, tags: tuple[Tag, ...]) -> None:
    assert tag(reply).tags == tags


def test_guarantee_keeps_the_real_fix(tag) -> None:
    tagged = tag("给您换台新的,我保证这台永远不会出毛病。")
    assert {R, X} <= set(tagged.tags)


def test_a_rhetorical_question_offers_no_fix(tag) -> None:
    assert tag("停车费才几块钱,还想让我们负责车辆安全?").tags == (X,)


@pytest.mark.parametrize(
    "reply",
    [r for table in (RESOLVE_CASES, FORBIDDEN_CASES) for rs in table.values() for r in rs] + APOLOGIZE_CASES,
)
def test_evidence_quotes_the_reply_exactly(tag, reply: str) -> None:
    tagged = tag(reply)
    for spans in tagged.evidence.values():
        for ev in spans:
            assert reply[ev.start : ev.end] == ev.text and ev.text


@pytest.mark.parametrize("reply", FOLLOW_UP_CASES)
def test_follow_up_families(tag, reply: str) -> None:
    assert F in tag(reply).tags


@pytest.mark.parametrize("reply", NOT_FOLLOW_UP)
def test_not_follow_up(tag, reply: str) -> None:
    assert F not in tag(reply).tags


@pytest.mark.parametrize("reply", VENT_CASES)
def test_vent_families(tag, reply: str) -> None:
    assert V in tag(reply).tags


@pytest.mark.parametrize("reply", PROBE_CASES)
def test_probe_families(tag, reply: str) -> None:
    assert P in tag(reply).tags


@pytest.mark.parametrize("reply", NOT_PROBE)
def test_not_probe(tag, reply: str) -> None:
    assert P not in tag(reply).tags


# Round 14 (writers 15 to 17): fixes said without the usual verbs, hindsight blame and policy walls.
ROUND_14 = [
    ("两块钱已经回到您钱包里了。", R, X),
    ("已经让邮政改投到您的新地址。", R, X),
    ("明早第一单就是您家的。", R, X),
    ("五十块上门费不用付。", R, X),
    ("师傅下午两点前到。", R, X),
    ("您当时要是多留意一眼告示就好了。", X, R),
    ("规定就是本人持身份证到厅办理,谁来都一样。", X, R),
    ("私教课一经售出不退不换。", X, R),
    ("放气阀拧一下的事儿,这还用得着师傅上门吗?", X, P),
    ("不过师傅也是人,总得吃饭吧。", X, V),
    ("明天上午我再给您打个电话,看看用气是不是一切正常。", F, X),
    ("我已经给您备注了加急,明天下午三点前给您回电话。", F, R),
]

# Round 15 (tuning sets): a process the customer signs off, and someone else's temper, are no blame; fixes said
# as "加回去" "排上了" "免了" "送您"; a problem called small.
ROUND_15 = [
    ("师傅明天上午上门修,修完先让您验,您签字才算结束。", R, X),
    ("不会让他拿你撒气,这周五之前我把处理结果告诉你。", F, X),
    ("合同上是您签的字,我们也没办法。", X, R),
    ("有话好好说,别拿我撒气。", X, V),
    ("那两节是系统扣错的,我现在加回去,剩21节。", R, X),
    ("好,排上了,每周日上午十点,这周就开始。", R, X),
    ("安装费免了,再送您一组拉篮。", R, X),
    ("行,我现在就下加急单,周六上午九点我跟师傅一块去。", R, X),
    ("装不进去这种情况偶尔会有,一般都是小问题。", X, R),
    ("自己拆开看见还是旧的,这钱花得憋屈。", V, X),
    ("缺的20盒,明天下午3点前我们自己的车送到您公司前台。", R, X),
    ("补的每盒再加一份奶黄小礼包,算我们一点心意。", R, X),
    ("还款类交易按规定不计入免年费次数,没讲清楚是我们的问题,非常抱歉。", A, X),
    ("按规定不能退,我也没办法。", X, R),
    ("那您可以去微信支付那边申请退款试试,支付的问题一般都是微信那边处理的。", X, R),
    ("两个方案:一是免费重拍海边外景,二是不重拍,退3500元。您挑。", R, X),
    ("备份盘和主盘同时出了问题,概率非常低,我们也很无奈。", X, V),
    ("好的亲,930元差价已经到您支付宝了,您看下～", R, X),
    ("看了,是我们的疏忽,抱歉。再退你1200,今天下午五点前到卡。", R, X),
    ("今天下午四点到六点我调附近的师傅过去,另外补您100元。", R, X),
    ("按原价1850补差价,还是旧机寄回,您选?", R, X),
    ("课表冲突手续费可以免,已经转四点了,下周日开始。", R, X),
    ("好嘞亲～周五热水恢复了会给您推消息的～", F, X),
    ("结果是有的,我让他们手工录入,11点前出完整报告。", R, X),
    ("左片加急重做,三天出,这几天先借副过渡镜戴。", R, X),
    ("退房时前台忘了撤预授权,这是我们的失误。我刚撤掉了,银行1到3个工作日解冻。", R, X),
    ("今天下午就要交,报告还没出,您现在肯定火烧眉毛了。", V, X),
    ("您之前那个支付宝是不是换绑过?", P, X),
    ("楼上兰亭厅空着还更大,15分钟布置好,今晚八折,再送寿桃和长寿面。", R, X),
    ("还可以凭医院证明免费停卡,最长12个月。", R, X),
    ("确实是骑手送错了楼栋。您可以先联系一下骑手,让他去13号楼取回来送给您。", X, R),
    ("根据国家实名制规定,未通过实名核验的号码一律停机。", None, P),
]


@pytest.mark.parametrize(("reply", "want", "not_wanted"), ROUND_14 + ROUND_15)
def test_round_families(tag, reply: str, want: Tag | None, not_wanted: Tag) -> None:
    tags = tag(reply).tags
    assert (want is None or want in tags) and not_wanted not in tags


def test_congratulations_on_the_customers_news_are_not_sarcasm() -> None:
    tagger = load_tagger()
    news = tagger.tag("恭喜您!还可以凭医院证明免费停卡。", "我怀孕了,医生说暂时别练了", "zh")
    assert X not in news.tags
    assert X in tagger.tag("恭喜您,又被扣了一次。", "你们又多扣了我的钱", "zh").tags
