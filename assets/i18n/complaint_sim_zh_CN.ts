<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
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
        <translation>输入您的回复。Enter 发送,Shift+Enter 换行。</translation>
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
        <translation>提示(扣分)(&amp;H)</translation>
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
        <source>No hint for this moment.</source>
        <translation>此处没有提示。</translation>
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
        <source>Customer's anger</source>
        <translation>客户怒气</translation>
    </message>
    <message>
        <source>Customer's face</source>
        <translation>客户表情</translation>
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
        <source>No sessions yet.</source>
        <translation>还没有练习记录。</translation>
    </message>
    <message>
        <source>Choose a session to replay it.</source>
        <translation>选择一次练习进行回放。</translation>
    </message>
</context>
<context>
    <name>Levels</name>
    <message>
        <source>Level 1: Inquiry</source>
        <translation>第一关:咨询</translation>
    </message>
    <message>
        <source>Level 2: Query</source>
        <translation>第二关:质疑</translation>
    </message>
    <message>
        <source>Level 3: Complaint</source>
        <translation>第三关:投诉</translation>
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
        <source>&amp;Mute</source>
        <translation>静音(&amp;M)</translation>
    </message>
    <message>
        <source>No voice: %1</source>
        <translation>无语音:%1</translation>
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
        <translation>阶段:%1</translation>
    </message>
</context>
<context>
    <name>PickerPage</name>
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
        <source>Search:</source>
        <translation>搜索:</translation>
    </message>
    <message>
        <source>no badges yet</source>
        <translation>还没有徽章</translation>
    </message>
    <message>
        <source>pass mark %1</source>
        <translation>及格线 %1</translation>
    </message>
    <message>
        <source>Pass the level before this one to unlock it.</source>
        <translation>通过上一关后解锁。</translation>
    </message>
</context>
<context>
    <name>ProfilePage</name>
    <message>
        <source>Who is practising?</source>
        <translation>谁来练习?</translation>
    </message>
    <message>
        <source>Profiles</source>
        <translation>学员档案</translation>
    </message>
    <message>
        <source>New trainee's name</source>
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
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <source>You said:</source>
        <translation>您说:</translation>
    </message>
    <message>
        <source>Better:</source>
        <translation>更好的说法:</translation>
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
        <source>Mute the customer's voice</source>
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