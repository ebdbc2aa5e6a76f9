<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>Audience</name>
    <message>
        <source>Audience view</source>
        <translation>观众视图</translation>
    </message>
    <message>
        <source>What the customer says</source>
        <translation>客户说的话</translation>
    </message>
    <message>
        <source>Grade %1/100</source>
        <translation>得分 %1/100</translation>
    </message>
    <message>
        <source>Complaint Simulator — audience</source>
        <translation>投诉处理模拟器 — 观众视图</translation>
    </message>
</context>
<context>
    <name>Badges</name>
    <message>
        <source>First session</source>
        <translation>第一次练习</translation>
    </message>
    <message>
        <source>First resolved complaint</source>
        <translation>首次解决投诉</translation>
    </message>
    <message>
        <source>Perfect apology streak</source>
        <translation>完美致歉连胜</translation>
    </message>
    <message>
        <source>Perfect score</source>
        <translation>满分</translation>
    </message>
    <message>
        <source>Every inquiry passed</source>
        <translation>咨询关全部通过</translation>
    </message>
    <message>
        <source>Every query passed</source>
        <translation>质疑关全部通过</translation>
    </message>
    <message>
        <source>Every complaint passed</source>
        <translation>投诉关全部通过</translation>
    </message>
</context>
<context>
    <name>BilingualWindow</name>
    <message>
        <source>{first} | {second}</source>
        <translation>{first} | {second}</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>&amp;Save both</source>
        <translation>全部保存(&amp;S)</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>已保存。</translation>
    </message>
</context>
<context>
    <name>CalibrationPage</name>
    <message>
        <source> points</source>
        <translation> 分</translation>
    </message>
    <message>
        <source>Grades within this many points agree</source>
        <translation>分差在此范围内视为评分一致</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>刷新(&amp;F)</translation>
    </message>
    <message>
        <source>Refresh the calibration list</source>
        <translation>刷新评分校准列表</translation>
    </message>
    <message>
        <source>&amp;Open in review</source>
        <translation>在复核中打开(&amp;O)</translation>
    </message>
    <message>
        <source>Open the chosen session in the review</source>
        <translation>在复核页中打开所选练习</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Trainee</source>
        <translation>学员</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>场景</translation>
    </message>
    <message>
        <source>Trainers&apos; grades</source>
        <translation>各培训师评分</translation>
    </message>
    <message>
        <source>Spread</source>
        <translation>分差</translation>
    </message>
    <message>
        <source>Replies tagged differently</source>
        <translation>标签分歧</translation>
    </message>
    <message>
        <source>Sessions trainers disagree on</source>
        <translation>培训师意见不一致的练习</translation>
    </message>
    <message>
        <source>Grades agree within</source>
        <translation>评分一致：分差不超过</translation>
    </message>
</context>
<context>
    <name>Checklist</name>
    <message>
        <source>done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>未完成</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>步骤</translation>
    </message>
    <message>
        <source>Forbidden language used</source>
        <translation>使用了禁用语</translation>
    </message>
</context>
<context>
    <name>ConversationPage</name>
    <message>
        <source>Type your reply. Enter sends, Shift+Enter starts a new line.</source>
        <translation>输入您的回复。Enter 发送，Shift+Enter 换行。</translation>
    </message>
    <message>
        <source>Your reply</source>
        <translation>您的回复</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>发送(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Hint (costs points)</source>
        <translation>提示（扣分）(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Undo last reply</source>
        <translation>撤销上一句(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Restart</source>
        <translation>重新开始(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;End and score</source>
        <translation>结束并评分(&amp;E)</translation>
    </message>
    <message>
        <source>Hint: %1</source>
        <translation>提示：%1</translation>
    </message>
    <message>
        <source>no hint for this moment.</source>
        <translation>此处没有提示。</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>未保存</translation>
    </message>
    <message>
        <source>This session could not be saved to the session log:
%1</source>
        <translation>本次练习未能保存到练习日志：
%1</translation>
    </message>
    <message>
        <source>Nothing to score</source>
        <translation>无可评分内容</translation>
    </message>
    <message>
        <source>Send at least one reply first.</source>
        <translation>请先至少发送一条回复。</translation>
    </message>
</context>
<context>
    <name>CustomerCard</name>
    <message>
        <source>Anger %v</source>
        <translation>怒气 %v</translation>
    </message>
    <message>
        <source>Speaking…</source>
        <translation>正在说话…</translation>
    </message>
    <message>
        <source>The customer is speaking</source>
        <translation>客户正在说话</translation>
    </message>
    <message>
        <source>Customer&apos;s anger</source>
        <translation>客户怒气</translation>
    </message>
    <message>
        <source>Customer&apos;s face</source>
        <translation>客户表情</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <source>Re&amp;fresh</source>
        <translation>刷新(&amp;F)</translation>
    </message>
    <message>
        <source>Refresh the dashboard</source>
        <translation>刷新看板</translation>
    </message>
    <message>
        <source>Trainee</source>
        <translation>学员</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>练习次数</translation>
    </message>
    <message>
        <source>Weakest step</source>
        <translation>最弱步骤</translation>
    </message>
    <message>
        <source>Trainees by step: average and trend per week</source>
        <translation>学员各步骤：平均分与每周趋势</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>场景</translation>
    </message>
    <message>
        <source>Average grade</source>
        <translation>平均得分</translation>
    </message>
    <message>
        <source>Scenarios: average grade and outcomes</source>
        <translation>场景：平均得分与结果</translation>
    </message>
    <message>
        <source>Scenario to draw</source>
        <translation>要绘制的场景</translation>
    </message>
    <message>
        <source>Where customers were lost or escalated</source>
        <translation>客户流失或升级的节点</translation>
    </message>
    <message>
        <source>Trainees by step (average, trend in points per week)</source>
        <translation>学员各步骤得分（平均分，每周变化分数）</translation>
    </message>
    <message>
        <source>Where customers were lost or escalated in</source>
        <translation>客户流失或升级的节点，场景：</translation>
    </message>
    <message>
        <source>No customer was lost or escalated here.</source>
        <translation>此场景中没有客户流失或升级。</translation>
    </message>
</context>
<context>
    <name>EditorPane</name>
    <message>
        <source>Scenario YAML</source>
        <translation>场景 YAML</translation>
    </message>
    <message>
        <source>&amp;Reload from disk</source>
        <translation>从磁盘重新加载(&amp;R)</translation>
    </message>
    <message>
        <source>Reloaded: the file changed on disk.</source>
        <translation>已重新加载：磁盘上的文件已被修改。</translation>
    </message>
    <message>
        <source>The file changed on disk. Your unsaved edits are kept; reload to see it.</source>
        <translation>磁盘上的文件已被修改。您未保存的编辑仍保留；重新加载即可查看新文件。</translation>
    </message>
</context>
<context>
    <name>EditorWindow</name>
    <message>
        <source>&amp;Graph</source>
        <translation>对话图(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Play-test</source>
        <translation>试玩(&amp;P)</translation>
    </message>
    <message>
        <source>Editor</source>
        <translation>编辑器</translation>
    </message>
    <message>
        <source>&amp;New...</source>
        <translation>新建(&amp;N)...</translation>
    </message>
    <message>
        <source>&amp;Open...</source>
        <translation>打开(&amp;O)...</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Save &amp;as...</source>
        <translation>另存为(&amp;A)...</translation>
    </message>
    <message>
        <source>Side &amp;by side</source>
        <translation>双语对照(&amp;B)</translation>
    </message>
    <message>
        <source>Play from &amp;cursor</source>
        <translation>从光标处试玩(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Fit graph</source>
        <translation>全图显示(&amp;F)</translation>
    </message>
    <message>
        <source>Co&amp;verage from the log</source>
        <translation>日志覆盖情况(&amp;V)</translation>
    </message>
    <message>
        <source>Open scenario</source>
        <translation>打开场景</translation>
    </message>
    <message>
        <source>Scenarios (*.yaml *.yml)</source>
        <translation>场景文件 (*.yaml *.yml)</translation>
    </message>
    <message>
        <source>Save scenario</source>
        <translation>保存场景</translation>
    </message>
    <message>
        <source>Saved; the previous version is in {backup}.</source>
        <translation>已保存；上一版本保存在 {backup}。</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>已保存。</translation>
    </message>
    <message>
        <source>Save the scenario first.</source>
        <translation>请先保存场景。</translation>
    </message>
    <message>
        <source>The other language&apos;s file</source>
        <translation>另一种语言的文件</translation>
    </message>
    <message>
        <source>{errors} error(s), {warnings} warning(s); linted in {ms} ms</source>
        <translation>{errors} 个错误，{warnings} 个警告；检查用时 {ms} 毫秒</translation>
    </message>
    <message>
        <source>{sessions} logged session(s); {nodes} node(s) and {edges} branch(es) never reached</source>
        <translation>日志中有 {sessions} 次练习；{nodes} 个节点和 {edges} 个分支从未到达</translation>
    </message>
    <message>
        <source>untitled</source>
        <translation>未命名</translation>
    </message>
    <message>
        <source>{name}{star} - Scenario editor</source>
        <translation>{name}{star} - 场景编辑器</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>未保存的修改</translation>
    </message>
    <message>
        <source>The scenario has unsaved changes. Discard them?</source>
        <translation>场景有未保存的修改。要放弃这些修改吗？</translation>
    </message>
</context>
<context>
    <name>Explain</name>
    <message>
        <source>%1 was called for here</source>
        <translation>此处应当%1</translation>
    </message>
    <message>
        <source>No step performed: courtesy alone scores nothing.</source>
        <translation>未完成任何步骤：仅有礼貌用语不得分。</translation>
    </message>
</context>
<context>
    <name>GraphView</name>
    <message>
        <source>Conversation graph</source>
        <translation>对话图</translation>
    </message>
</context>
<context>
    <name>HistoryPage</name>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>场景</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>得分</translation>
    </message>
    <message>
        <source>Past sessions</source>
        <translation>历史练习</translation>
    </message>
    <message>
        <source>Feedback on this session</source>
        <translation>本次练习的反馈</translation>
    </message>
    <message>
        <source>Your progress</source>
        <translation>学习进度</translation>
    </message>
    <message>
        <source>No sessions yet.</source>
        <translation>还没有练习记录。</translation>
    </message>
    <message>
        <source>Choose a session to replay it.</source>
        <translation>选择一次练习进行回放。</translation>
    </message>
    <message>
        <source>Trainer&apos;s grade %1</source>
        <translation>培训师评分 %1</translation>
    </message>
    <message>
        <source>Reply %1</source>
        <translation>第 %1 句回复</translation>
    </message>
    <message>
        <source>Scored sessions: 0</source>
        <translation>已评分练习：0</translation>
    </message>
    <message>
        <source>Scored sessions: %1</source>
        <translation>已评分练习：%1</translation>
    </message>
    <message>
        <source>Average grade: %1</source>
        <translation>平均得分：%1</translation>
    </message>
    <message>
        <source>Best: %1</source>
        <translation>最高分：%1</translation>
    </message>
</context>
<context>
    <name>Levels</name>
    <message>
        <source>Level 1: Inquiry</source>
        <translation>第一关：咨询</translation>
    </message>
    <message>
        <source>Level 2: Query</source>
        <translation>第二关：质疑</translation>
    </message>
    <message>
        <source>Level 3: Complaint</source>
        <translation>第三关：投诉</translation>
    </message>
</context>
<context>
    <name>LintList</name>
    <message>
        <source>Lint results</source>
        <translation>检查结果</translation>
    </message>
    <message>
        <source>line {line}: {severity}: {message}</source>
        <translation>第 {line} 行：{severity}：{message}</translation>
    </message>
    <message>
        <source>error</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>警告</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Complaint Simulator</source>
        <translation>投诉处理模拟器</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>主工具栏</translation>
    </message>
    <message>
        <source>&amp;Scenarios</source>
        <translation>场景(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>历史(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Profile</source>
        <translation>学员(&amp;P)</translation>
    </message>
    <message>
        <source>Se&amp;ttings</source>
        <translation>设置(&amp;T)</translation>
    </message>
    <message>
        <source>T&amp;rainer</source>
        <translation>培训师(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Mute</source>
        <translation>静音(&amp;M)</translation>
    </message>
    <message>
        <source>Scenario &amp;editor</source>
        <translation>场景编辑器(&amp;E)</translation>
    </message>
    <message>
        <source>No voice: %1</source>
        <translation>无语音：%1</translation>
    </message>
</context>
<context>
    <name>NewScenarioDialog</name>
    <message>
        <source>New scenario</source>
        <translation>新建场景</translation>
    </message>
    <message>
        <source>A new scenario</source>
        <translation>新场景</translation>
    </message>
    <message>
        <source>English</source>
        <translation>英语</translation>
    </message>
    <message>
        <source>Chinese</source>
        <translation>中文</translation>
    </message>
    <message>
        <source>Ms. Example</source>
        <translation>王女士</translation>
    </message>
    <message>
        <source>&amp;Id (a-z, 0-9, -):</source>
        <translation>标识(&amp;I)（a-z、0-9、-）：</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>标题(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
    <message>
        <source>Le&amp;vel (1 inquiry, 2 query, 3 complaint):</source>
        <translation>关卡(&amp;V)（1 咨询，2 质疑，3 投诉）：</translation>
    </message>
    <message>
        <source>Customer&apos;s &amp;name:</source>
        <translation>客户姓名(&amp;N)：</translation>
    </message>
    <message>
        <source>Starting &amp;anger (0-100):</source>
        <translation>初始怒气(&amp;A)（0-100）：</translation>
    </message>
    <message>
        <source>The id may only use lowercase letters, digits and -.</source>
        <translation>标识只能使用小写字母、数字和 -。</translation>
    </message>
    <message>
        <source>Give the scenario a title and the customer a name.</source>
        <translation>请填写场景标题和客户姓名。</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <source>Set the trainer passphrase</source>
        <translation>设置培训师口令</translation>
    </message>
    <message>
        <source>Trainer access</source>
        <translation>培训师登录</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>您的姓名</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>口令</translation>
    </message>
    <message>
        <source>Passphrase again</source>
        <translation>再次输入口令</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>提示信息</translation>
    </message>
    <message>
        <source>No trainer passphrase is set yet. Choose one of at least %1 characters.</source>
        <translation>尚未设置培训师口令。请设置一个至少 %1 个字符的口令。</translation>
    </message>
    <message>
        <source>Your &amp;name</source>
        <translation>您的姓名(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Passphrase</source>
        <translation>口令(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Again</source>
        <translation>确认口令(&amp;A)</translation>
    </message>
    <message>
        <source>Please give your name: overrides are signed with it.</source>
        <translation>请填写您的姓名：改判记录将以此署名。</translation>
    </message>
    <message>
        <source>The passphrase needs at least %1 characters.</source>
        <translation>口令至少需要 %1 个字符。</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>两次输入的口令不一致。</translation>
    </message>
    <message>
        <source>Wrong passphrase.</source>
        <translation>口令错误。</translation>
    </message>
</context>
<context>
    <name>Phase</name>
    <message>
        <source>Inquiry</source>
        <translation>咨询</translation>
    </message>
    <message>
        <source>Query</source>
        <translation>质疑</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>投诉</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>已解决</translation>
    </message>
    <message>
        <source>Escalated</source>
        <translation>已升级</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>客户流失</translation>
    </message>
    <message>
        <source>Unfinished</source>
        <translation>未完成</translation>
    </message>
    <message>
        <source>Ending</source>
        <translation>结局</translation>
    </message>
    <message>
        <source>Phase: %1</source>
        <translation>阶段：%1</translation>
    </message>
</context>
<context>
    <name>PickerPage</name>
    <message>
        <source>No scenarios found. Put scenario files in the scenarios folder, or ask your trainer.</source>
        <translation>未找到场景。请将场景文件放入场景文件夹，或联系您的培训师。</translation>
    </message>
    <message>
        <source>Search scenarios by title, tag or language</source>
        <translation>按标题、标签或语言搜索场景</translation>
    </message>
    <message>
        <source>Search scenarios</source>
        <translation>搜索场景</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>场景</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Best score</source>
        <translation>最高分</translation>
    </message>
    <message>
        <source>Scenarios</source>
        <translation>场景</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>搜索(&amp;S)：</translation>
    </message>
    <message>
        <source>locked: pass the level before to open it</source>
        <translation>未解锁：通过上一关后开放</translation>
    </message>
    <message>
        <source>Pass the level before this one to unlock it.</source>
        <translation>通过上一关后解锁。</translation>
    </message>
    <message>
        <source>no badges yet</source>
        <translation>还没有徽章</translation>
    </message>
    <message>
        <source>pass mark %1</source>
        <translation>及格线 %1</translation>
    </message>
</context>
<context>
    <name>PlaytestPanel</name>
    <message>
        <source>Start node</source>
        <translation>起始节点</translation>
    </message>
    <message>
        <source>Starting anger</source>
        <translation>初始怒气</translation>
    </message>
    <message>
        <source>&amp;Start here</source>
        <translation>从此开始(&amp;S)</translation>
    </message>
    <message>
        <source>Play-test transcript</source>
        <translation>试玩记录</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>回复</translation>
    </message>
    <message>
        <source>Type a reply and press Enter</source>
        <translation>输入回复后按 Enter</translation>
    </message>
    <message>
        <source>Se&amp;nd</source>
        <translation>发送(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Replay last path</source>
        <translation>重放上次路径(&amp;R)</translation>
    </message>
    <message>
        <source>Replay after each &amp;edit</source>
        <translation>每次编辑后重放(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;From node:</source>
        <translation>起始节点(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Anger:</source>
        <translation>怒气(&amp;A)：</translation>
    </message>
    <message>
        <source>Customer ({node}, anger {anger}): </source>
        <translation>客户（{node}，怒气 {anger}）：</translation>
    </message>
    <message>
        <source>no tag</source>
        <translation>无标签</translation>
    </message>
    <message>
        <source>-&gt; {node}, anger {anger}</source>
        <translation>-&gt; {node}，怒气 {anger}</translation>
    </message>
    <message>
        <source>, ended: {outcome}</source>
        <translation>，结束：{outcome}</translation>
    </message>
    <message>
        <source>You: {reply}  [{tags}] {where}</source>
        <translation>您：{reply}  [{tags}] {where}</translation>
    </message>
    <message>
        <source>Customer: </source>
        <translation>客户：</translation>
    </message>
    <message>
        <source>The edit changed the path from reply {n} on (marked).</source>
        <translation>此次编辑改变了从第 {n} 句回复起的路径（已标出）。</translation>
    </message>
    <message>
        <source>The conversation ended.</source>
        <translation>对话已结束。</translation>
    </message>
</context>
<context>
    <name>Presenter</name>
    <message>
        <source>Group</source>
        <translation>小组</translation>
    </message>
    <message>
        <source>Nothing to score</source>
        <translation>无可评分内容</translation>
    </message>
    <message>
        <source>Send at least one reply first.</source>
        <translation>请先至少发送一条回复。</translation>
    </message>
    <message>
        <source>Grade %1/100</source>
        <translation>得分 %1/100</translation>
    </message>
    <message>
        <source>Hint</source>
        <translation>提示</translation>
    </message>
    <message>
        <source>No hint for this moment.</source>
        <translation>此处没有提示。</translation>
    </message>
    <message>
        <source>Model reply</source>
        <translation>参考回复</translation>
    </message>
    <message>
        <source>No model reply for this moment.</source>
        <translation>此处没有参考回复。</translation>
    </message>
    <message>
        <source>Why it scored so</source>
        <translation>得分原因</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>已暂停</translation>
    </message>
    <message>
        <source>Time left %1</source>
        <translation>剩余时间 %1</translation>
    </message>
    <message>
        <source>Time&apos;s up</source>
        <translation>时间到</translation>
    </message>
</context>
<context>
    <name>PresenterConsole</name>
    <message>
        <source>Scenario</source>
        <translation>场景</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>小组</translation>
    </message>
    <message>
        <source>Group name</source>
        <translation>小组名称</translation>
    </message>
    <message>
        <source>Names, separated by commas</source>
        <translation>姓名，用逗号分隔</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>参与者</translation>
    </message>
    <message>
        <source>Projector screen</source>
        <translation>投影屏幕</translation>
    </message>
    <message>
        <source>&amp;Start scenario</source>
        <translation>开始场景(&amp;S)</translation>
    </message>
    <message>
        <source>Start scenario</source>
        <translation>开始场景</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>练习</translation>
    </message>
    <message>
        <source>Scenar&amp;io</source>
        <translation>场景(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Group name</source>
        <translation>小组名称(&amp;G)</translation>
    </message>
    <message>
        <source>P&amp;articipants</source>
        <translation>参与者(&amp;A)</translation>
    </message>
    <message>
        <source>Pro&amp;jector</source>
        <translation>投影(&amp;J)</translation>
    </message>
    <message>
        <source>What the customer says</source>
        <translation>客户说的话</translation>
    </message>
    <message>
        <source>The group&apos;s reply. Enter sends, Shift+Enter starts a new line.</source>
        <translation>小组的回复。Enter 发送，Shift+Enter 换行。</translation>
    </message>
    <message>
        <source>The group&apos;s reply</source>
        <translation>小组的回复</translation>
    </message>
    <message>
        <source>Proposed by</source>
        <translation>提议人</translation>
    </message>
    <message>
        <source>Se&amp;nd</source>
        <translation>发送(&amp;N)</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>发送</translation>
    </message>
    <message>
        <source>Pr&amp;oposed by</source>
        <translation>提议人(&amp;O)</translation>
    </message>
    <message>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <source>Discussion time in seconds</source>
        <translation>讨论时间（秒）</translation>
    </message>
    <message>
        <source>&amp;Timer</source>
        <translation>计时(&amp;T)</translation>
    </message>
    <message>
        <source>Start or stop the discussion timer</source>
        <translation>开始或停止讨论计时</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>剩余时间</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>暂停(&amp;P)</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>暂停</translation>
    </message>
    <message>
        <source>Reveal &amp;hint</source>
        <translation>显示提示(&amp;H)</translation>
    </message>
    <message>
        <source>Reveal the hint on the big screen</source>
        <translation>在大屏幕上显示提示</translation>
    </message>
    <message>
        <source>Reveal &amp;model reply</source>
        <translation>显示参考回复(&amp;M)</translation>
    </message>
    <message>
        <source>Reveal the model reply on the big screen</source>
        <translation>在大屏幕上显示参考回复</translation>
    </message>
    <message>
        <source>&amp;Why this score</source>
        <translation>得分原因(&amp;W)</translation>
    </message>
    <message>
        <source>Show why the last reply scored as it did</source>
        <translation>显示上一句回复的得分原因</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <source>Undo the last reply</source>
        <translation>撤销上一句回复</translation>
    </message>
    <message>
        <source>&amp;End and score</source>
        <translation>结束并评分(&amp;E)</translation>
    </message>
    <message>
        <source>End and score</source>
        <translation>结束并评分</translation>
    </message>
    <message>
        <source>For the trainer only</source>
        <translation>仅培训师可见</translation>
    </message>
    <message>
        <source>Hint</source>
        <translation>提示</translation>
    </message>
    <message>
        <source>Model reply</source>
        <translation>参考回复</translation>
    </message>
    <message>
        <source>Why the last reply scored as it did</source>
        <translation>上一句回复的得分原因</translation>
    </message>
    <message>
        <source>Your notes (never shown to the room)</source>
        <translation>您的笔记（不会向全场展示）</translation>
    </message>
    <message>
        <source>Trainer&apos;s notes</source>
        <translation>培训师笔记</translation>
    </message>
    <message>
        <source>Hint:</source>
        <translation>提示：</translation>
    </message>
    <message>
        <source>Model reply:</source>
        <translation>参考回复：</translation>
    </message>
    <message>
        <source>Last reply:</source>
        <translation>上一句回复：</translation>
    </message>
    <message>
        <source>You&amp;r notes:</source>
        <translation>笔记(&amp;R)：</translation>
    </message>
</context>
<context>
    <name>PresenterWindow</name>
    <message>
        <source>Complaint Simulator — presenter console</source>
        <translation>投诉处理模拟器 — 主持控制台</translation>
    </message>
    <message>
        <source>&amp;Console</source>
        <translation>控制台(&amp;C)</translation>
    </message>
    <message>
        <source>Show or hide the console (F9)</source>
        <translation>显示或隐藏控制台（F9）</translation>
    </message>
    <message>
        <source>Presenter</source>
        <translation>主持</translation>
    </message>
</context>
<context>
    <name>ProfilePage</name>
    <message>
        <source>Who is practising?</source>
        <translation>谁来练习？</translation>
    </message>
    <message>
        <source>Profiles</source>
        <translation>学员档案</translation>
    </message>
    <message>
        <source>New trainee&apos;s name</source>
        <translation>新学员姓名</translation>
    </message>
    <message>
        <source>&amp;Create profile</source>
        <translation>新建档案(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Continue</source>
        <translation>继续(&amp;O)</translation>
    </message>
    <message>
        <source>Create profile</source>
        <translation>新建档案</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>继续</translation>
    </message>
</context>
<context>
    <name>ProgressChart</name>
    <message>
        <source>Grade and steps over time</source>
        <translation>得分与各步骤的变化</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>练习</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>得分</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>%1 trend per week</source>
        <translation>%1 每周趋势</translation>
    </message>
    <message>
        <source>Trainees by step</source>
        <translation>学员各步骤表现</translation>
    </message>
    <message>
        <source>Trainee</source>
        <translation>学员</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>练习次数</translation>
    </message>
    <message>
        <source>Weakest step</source>
        <translation>最弱步骤</translation>
    </message>
    <message>
        <source>Scenarios</source>
        <translation>场景</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>场景</translation>
    </message>
    <message>
        <source>Average grade</source>
        <translation>平均得分</translation>
    </message>
    <message>
        <source>Where customers were lost or escalated</source>
        <translation>客户流失或升级的节点</translation>
    </message>
    <message>
        <source>Node</source>
        <translation>节点</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Cohort report</source>
        <translation>班级报告</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>生成时间</translation>
    </message>
    <message>
        <source>Trainees</source>
        <translation>学员人数</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>得分</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>回复</translation>
    </message>
    <message>
        <source>Session report</source>
        <translation>练习报告</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>小组</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>开始时间</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>参与者</translation>
    </message>
    <message>
        <source>Trainer&apos;s grade</source>
        <translation>培训师改判得分</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>步骤</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>步骤</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>分数</translation>
    </message>
    <message>
        <source>Replies</source>
        <translation>回复记录</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Trainer&apos;s tags</source>
        <translation>培训师改判标签</translation>
    </message>
    <message>
        <source>Proposed by</source>
        <translation>提议人</translation>
    </message>
    <message>
        <source>Penalties</source>
        <translation>扣分项</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>扣分</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>反馈</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>You said</source>
        <translation>您说</translation>
    </message>
    <message>
        <source>Better</source>
        <translation>更好的说法</translation>
    </message>
    <message>
        <source>Trainers&apos; comments</source>
        <translation>培训师评语</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Trainer</source>
        <translation>培训师</translation>
    </message>
    <message>
        <source>About</source>
        <translation>针对</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>评语</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <source>Trainee</source>
        <translation>学员</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>场景</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Any outcome</source>
        <translation>全部结果</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>从(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Until</source>
        <translation>至(&amp;U)</translation>
    </message>
    <message>
        <source>From date</source>
        <translation>起始日期</translation>
    </message>
    <message>
        <source>To date</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <source>Lowest grade</source>
        <translation>最低得分</translation>
    </message>
    <message>
        <source>Highest grade</source>
        <translation>最高得分</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>搜索(&amp;S)</translation>
    </message>
    <message>
        <source>Search sessions</source>
        <translation>搜索练习</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>得分</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>小组</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>练习</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>回复</translation>
    </message>
    <message>
        <source>Logged tags</source>
        <translation>记录的标签</translation>
    </message>
    <message>
        <source>Trainer&apos;s tags</source>
        <translation>培训师标签</translation>
    </message>
    <message>
        <source>Replies and tags</source>
        <translation>回复与标签</translation>
    </message>
    <message>
        <source>Overrides</source>
        <translation>改判记录</translation>
    </message>
    <message>
        <source>Override</source>
        <translation>改判</translation>
    </message>
    <message>
        <source>What to override</source>
        <translation>改判对象</translation>
    </message>
    <message>
        <source>New grade</source>
        <translation>新得分</translation>
    </message>
    <message>
        <source>Comment for the trainee</source>
        <translation>给学员的评语</translation>
    </message>
    <message>
        <source>Save o&amp;verride</source>
        <translation>保存改判(&amp;V)</translation>
    </message>
    <message>
        <source>Save override</source>
        <translation>保存改判</translation>
    </message>
    <message>
        <source>&amp;Override</source>
        <translation>改判对象(&amp;O)</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>&amp;Grade</source>
        <translation>得分(&amp;G)</translation>
    </message>
    <message>
        <source>Co&amp;mment</source>
        <translation>评语(&amp;M)</translation>
    </message>
    <message>
        <source>Every trainee</source>
        <translation>全部学员</translation>
    </message>
    <message>
        <source>Every scenario</source>
        <translation>全部场景</translation>
    </message>
    <message>
        <source>(the newest %1 shown)</source>
        <translation>（显示最新的 %1 次）</translation>
    </message>
    <message>
        <source>%1 sessions</source>
        <translation>%1 次练习</translation>
    </message>
    <message>
        <source>No session chosen.</source>
        <translation>未选择练习。</translation>
    </message>
    <message>
        <source>Grade %1</source>
        <translation>得分 %1</translation>
    </message>
    <message>
        <source>no step</source>
        <translation>无步骤</translation>
    </message>
    <message>
        <source>Reply %1: %2</source>
        <translation>第 %1 句回复：%2</translation>
    </message>
    <message>
        <source>The grade</source>
        <translation>得分</translation>
    </message>
    <message>
        <source>Reply %1</source>
        <translation>第 %1 句回复</translation>
    </message>
    <message>
        <source>Not saved: say why in a comment; the trainee will read it.</source>
        <translation>未保存：请在评语中说明理由，学员会看到。</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>未保存：%1</translation>
    </message>
    <message>
        <source>Saved. The logged values are kept as they were.</source>
        <translation>已保存。原始记录保持不变。</translation>
    </message>
</context>
<context>
    <name>ScorecardPage</name>
    <message>
        <source>Penalties</source>
        <translation>扣分项</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>反馈</translation>
    </message>
    <message>
        <source>Your reply</source>
        <translation>您的回复</translation>
    </message>
    <message>
        <source>Model reply</source>
        <translation>参考回复</translation>
    </message>
    <message>
        <source>Your replies beside the model replies</source>
        <translation>您的回复与参考回复对照</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>再试一次(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Back to scenarios</source>
        <translation>返回场景列表(&amp;B)</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>再试一次</translation>
    </message>
    <message>
        <source>Back to scenarios</source>
        <translation>返回场景列表</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>得分</translation>
    </message>
    <message>
        <source>not needed</source>
        <translation>无需此步</translation>
    </message>
    <message>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <source>You said:</source>
        <translation>您说：</translation>
    </message>
    <message>
        <source>Better:</source>
        <translation>更好的说法：</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>浅色</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>深色</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>高对比度</translation>
    </message>
    <message>
        <source>Mute the customer&apos;s voice</source>
        <translation>关闭客户语音</translation>
    </message>
    <message>
        <source>Interface &amp;language</source>
        <translation>界面语言(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>主题(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Font size</source>
        <translation>字号(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Pass mark</source>
        <translation>及格线(&amp;P)</translation>
    </message>
</context>
<context>
    <name>Steps</name>
    <message>
        <source>Listen</source>
        <translation>倾听</translation>
    </message>
    <message>
        <source>Apologize</source>
        <translation>道歉</translation>
    </message>
    <message>
        <source>Probe</source>
        <translation>询问</translation>
    </message>
    <message>
        <source>Resolve</source>
        <translation>解决</translation>
    </message>
    <message>
        <source>Follow up</source>
        <translation>跟进</translation>
    </message>
    <message>
        <source>Forbidden language</source>
        <translation>禁用语</translation>
    </message>
</context>
<context>
    <name>TrainerWindow</name>
    <message>
        <source>Trainer tools</source>
        <translation>培训师工具</translation>
    </message>
    <message>
        <source>&amp;Review</source>
        <translation>复核(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Calibration</source>
        <translation>评分校准(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Dashboard</source>
        <translation>看板(&amp;D)</translation>
    </message>
    <message>
        <source>Trainer</source>
        <translation>培训师</translation>
    </message>
    <message>
        <source>&amp;Presenter mode</source>
        <translation>主持模式(&amp;P)</translation>
    </message>
    <message>
        <source>Session report (PDF)…</source>
        <translation>练习报告（PDF）…</translation>
    </message>
    <message>
        <source>Session report (CSV)…</source>
        <translation>练习报告（CSV）…</translation>
    </message>
    <message>
        <source>Cohort report (PDF)…</source>
        <translation>班级报告（PDF）…</translation>
    </message>
    <message>
        <source>Cohort report (CSV)…</source>
        <translation>班级报告（CSV）…</translation>
    </message>
    <message>
        <source>No session</source>
        <translation>没有练习</translation>
    </message>
    <message>
        <source>Open a session in the review first.</source>
        <translation>请先在复核页中打开一次练习。</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>Save report</source>
        <translation>保存报告</translation>
    </message>
    <message>
        <source>Report not saved</source>
        <translation>报告未保存</translation>
    </message>
</context>
<context>
    <name>Transcript</name>
    <message>
        <source>You said</source>
        <translation>您说</translation>
    </message>
    <message>
        <source>Customer said</source>
        <translation>客户说</translation>
    </message>
    <message>
        <source>no step</source>
        <translation>无步骤</translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation>对话</translation>
    </message>
</context>
</TS>
