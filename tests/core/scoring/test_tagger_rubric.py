"""The rubric's own examples and edge rules (complaint-steps.md), in both languages."""

from __future__ import annotations

import pytest

from simulator.core.scoring import load_tagger
from simulator.core.tags import Tag

V, A, P, R, F, X = Tag.VENT, Tag.APOLOGIZE, Tag.PROBE, Tag.RESOLVE, Tag.FOLLOW_UP, Tag.FORBIDDEN

RUBRIC_EXAMPLES = [
    ("Please go ahead, I'm listening.", {V}),
    ("I can hear how frustrating this has been.", {V}),
    ("您慢慢说,我在听。", {V}),
    ("我完全理解您现在着急的心情。", {V}),
    ("I'm really sorry the technician didn't show up.", {A}),
    ("非常抱歉,给您添麻烦了。", {A}),
    ("Could you give me the order number?", {P}),
    ("What outcome would you like?", {P}),
    ("请问您是哪天下的单?", {P}),
    ("您希望我们怎么处理?", {P}),
    ("I've booked a technician for tomorrow 9 to 12.", {R}),
    ("I can refund the fee or credit your next bill, which do you prefer?", {R, P}),
    ("我马上为您安排明天上午上门安装。", {R}),
    ("I'll call you tomorrow by 5 pm to confirm it works.", {F}),
    ("Your case number is 4471; I'll update you by text.", {F}),
    ("处理完成后我会在24小时内给您回电确认。", {F}),
    ("Calm down.", {X}),
    ("That's not my department.", {X}),
    ("You should have read the terms.", {X}),
    ("这不归我们管。", {X}),
    ("您冷静一点!", {X}),
    ("这是规定,我也没办法。", {X}),
]

EDGE_RULES = [
    # An open invitation to tell the whole story is VENT; a question after a fact is PROBE.
    ("Start from the beginning and tell me everything.", {V}),
    ("您接着讲,我听着呢。", {V}),
    ("麻烦提供一下订单号", {P}),
    ("Please read me the reference on the letter", {P}),
    # Naming the feeling and taking it back.
    ("I get that you're annoyed, but stop shouting first.", {X}),
    ("我理解您很生气,但是您这样骂人我就没法跟您沟通了。", {X}),
    ("我明白您很着急,但您先别喊了。", {X}),
    # Responsibility without the word sorry; condolence is VENT.
    ("That was our mistake.", {A}),
    ("这确实是我们的失误。", {A}),
    ("My condolences on your bereavement.", {V}),
    ("节哀顺变,这段时间您辛苦了。", {V}),
    ("Sorry.", {A}),
    ("对不起。", {A}),
    # Non-apology, sarcastic apology, negation.
    ("I'm sorry you feel that way.", {X}),
    ("如果您这么认为,那我道歉。", {X}),
    ("行行行,对不起行了吧,满意了吗?", {X}),
    ("I won't apologize for company policy.", {X}),
    # Rhetorical or accusing questions.
    ("Did you even read the manual?", {X}),
    ("您自己没看说明书吗?", {X}),
    # Looking up, holding, ticket, passing on: not RESOLVE.
    ("Let me pull up the line test results, bear with me a second.", set()),
    ("好的,我帮您查一下线路状态,请稍等。", set()),
    ("我这边已经给您提交了一个故障工单。", set()),
    ("a refund or a credit, your call", {R}),
    ("I've opened a ticket for this.", set()),
    ("I'll pass this on to the team.", set()),
    ("我把这个情况转给相关部门。", set()),
    # Leaving it to the customer to call again, or a bare delivery date: not FOLLOW_UP.
    ("Feel free to ring us again whenever you like.", set()),
    ("如果明天还是不行,您随时再拨打我们的客服热线。", set()),
    ("包裹预计本周五送达。", set()),
    ("Your parcel will arrive on Friday.", set()),
    ("I'll call you back.", {F}),
    # Promising what cannot be kept is FORBIDDEN and keeps the real step.
    ("I guarantee it will never break again.", {X}),
    ("我保证以后绝对不会再出任何问题。", {X}),
    ("我马上给您派师傅,我保证以后您家网络永远不会再断。", {R, X}),
    ("I've booked the engineer for Monday, and I guarantee it will never fail again.", {R, X}),
    # A step plus something forbidden carries both.
    ("I'm so sorry. Calm down though.", {A, X}),
    # Empty courtesy carries no tag.
    ("OK.", set()),
    ("Hello, how can I help?", set()),
    ("Is there anything else?", set()),
    ("还有其他可以帮您的吗?", set()),
]


@pytest.mark.parametrize(("reply", "want"), RUBRIC_EXAMPLES + EDGE_RULES)
def test_rubric(reply: str, want: set[Tag]) -> None:
    assert set(load_tagger().tag(reply).tags) == want


def test_tags_come_in_rubric_order_with_evidence_for_each() -> None:
    tagged = load_tagger().tag("I'm sorry about that. I've refunded the fee and I'll call you on Friday to check.")
    assert tagged.tags == (A, R, F)
    assert set(tagged.evidence) == {A, R, F}
