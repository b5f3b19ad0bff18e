<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AboutDialog</name>
    <message>
        <source>Operating system</source>
        <translation>操作系统</translation>
    </message>
    <message>
        <source>Database file</source>
        <translation>数据库文件</translation>
    </message>
    <message>
        <source>About crmdesk</source>
        <translation>关于 crmdesk</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>版本 %1</translation>
    </message>
    <message>
        <source>An offline-first, encrypted desktop CRM for field sales teams.</source>
        <translation>面向外勤销售团队的离线优先、加密桌面 CRM。</translation>
    </message>
    <message>
        <source>Proprietary software. Qt and PySide6 are used under the GNU LGPL v3; SQLCipher Community Edition under its BSD-style licence.</source>
        <translation>专有软件。Qt 和 PySide6 依据 GNU LGPL v3 使用；SQLCipher 社区版依据其 BSD 风格许可证使用。</translation>
    </message>
    <message>
        <source>&amp;Copy versions</source>
        <translation>复制版本信息(&amp;C)</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>Copied to the clipboard.</source>
        <translation>已复制到剪贴板。</translation>
    </message>
</context>
<context>
    <name>AlertTexts</name>
    <message numerus="yes">
        <source>%n follow-up(s) due — unlock to see them</source>
        <translation>
            <numerusform>%n 项跟进到期，解锁后查看</numerusform>
        </translation>
    </message>
    <message>
        <source>crmdesk</source>
        <translation>crmdesk</translation>
    </message>
    <message>
        <source>While you were away:</source>
        <translation>您离开期间：</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n customer(s) due today</source>
        <translation>
            <numerusform>%1 级：今日到期 %n 个客户</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AuditDialog</name>
    <message>
        <source>Audit log</source>
        <translation>审计日志</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <source>Select an event to see every change.</source>
        <translation>选择一个事件以查看全部变更。</translation>
    </message>
    <message>
        <source>&amp;Verify chain</source>
        <translation>校验审计链(&amp;V)</translation>
    </message>
    <message>
        <source>Recompute every event&apos;s hash to show whether the log was altered.</source>
        <translation>重新计算每个事件的哈希值，检查日志是否被篡改。</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>导出(&amp;E)…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>No events match these filters.</source>
        <translation>没有符合筛选条件的事件。</translation>
    </message>
    <message>
        <source>The audit log is empty.</source>
        <translation>审计日志为空。</translation>
    </message>
    <message>
        <source>Event %1 · %2 · %3 · %4</source>
        <translation>事件 %1 · %2 · %3 · %4</translation>
    </message>
    <message>
        <source>Verifying…</source>
        <translation>正在校验…</translation>
    </message>
    <message numerus="yes">
        <source>Chain intact: %Ln event(s)</source>
        <translation>
            <numerusform>审计链完整：共 %Ln 条事件</numerusform>
        </translation>
    </message>
    <message>
        <source>Tampering detected at event %1</source>
        <translation>在事件 %1 处检测到篡改</translation>
    </message>
    <message>
        <source>Export audit log</source>
        <translation>导出审计日志</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln event(s) to %1. The file is not encrypted.</source>
        <translation>
            <numerusform>已将 %Ln 条事件导出到 %1。该文件未加密。</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not export: %1</source>
        <translation>无法导出：%1</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>操作人</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>What</source>
        <translation>对象</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>变更</translation>
    </message>
    <message>
        <source>Database created</source>
        <translation>创建数据库</translation>
    </message>
    <message>
        <source>Unlocked</source>
        <translation>解锁</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>打开</translation>
    </message>
    <message>
        <source>Viewed</source>
        <translation>查看</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>创建</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>修改</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Restored</source>
        <translation>恢复</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>备份</translation>
    </message>
    <message>
        <source>Password changed</source>
        <translation>修改密码</translation>
    </message>
    <message>
        <source>Demo data added</source>
        <translation>添加演示数据</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>合并</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>同步</translation>
    </message>
    <message>
        <source>Undo merge</source>
        <translation>撤销合并</translation>
    </message>
    <message>
        <source>Undo import</source>
        <translation>撤销导入</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>Timeline entry</source>
        <translation>时间线记录</translation>
    </message>
    <message>
        <source>Opportunity</source>
        <translation>商机</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>订单</translation>
    </message>
    <message>
        <source>Key date</source>
        <translation>重要日期</translation>
    </message>
    <message>
        <source>Reminder</source>
        <translation>提醒</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Saved view</source>
        <translation>已保存视图</translation>
    </message>
    <message>
        <source>name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>grade</source>
        <translation>等级</translation>
    </message>
    <message>
        <source>status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>importance</source>
        <translation>重要程度</translation>
    </message>
    <message>
        <source>need</source>
        <translation>需求</translation>
    </message>
    <message>
        <source>source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>phones</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>e-mail</source>
        <translation>邮箱</translation>
    </message>
    <message>
        <source>company</source>
        <translation>公司</translation>
    </message>
    <message>
        <source>city</source>
        <translation>城市</translation>
    </message>
    <message>
        <source>address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <source>amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>content</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>next due</source>
        <translation>下次跟进</translation>
    </message>
    <message>
        <source>last follow-up</source>
        <translation>最近跟进</translation>
    </message>
    <message>
        <source>scheduled follow-up</source>
        <translation>手动设置的下次跟进</translation>
    </message>
    <message>
        <source>first contact</source>
        <translation>首次联系</translation>
    </message>
    <message>
        <source>rows</source>
        <translation>行数</translation>
    </message>
    <message>
        <source>file</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>method</source>
        <translation>跟进方式</translation>
    </message>
    <message>
        <source>time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>next step</source>
        <translation>下一步</translation>
    </message>
    <message>
        <source>satisfaction</source>
        <translation>满意度</translation>
    </message>
    <message>
        <source>complaint</source>
        <translation>投诉</translation>
    </message>
    <message>
        <source>resolution</source>
        <translation>处理结果</translation>
    </message>
    <message>
        <source>from</source>
        <translation>原值</translation>
    </message>
    <message>
        <source>to</source>
        <translation>新值</translation>
    </message>
    <message>
        <source>product</source>
        <translation>产品</translation>
    </message>
    <message>
        <source>specification</source>
        <translation>规格</translation>
    </message>
    <message>
        <source>quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>unit price</source>
        <translation>单价</translation>
    </message>
    <message>
        <source>currency</source>
        <translation>币种</translation>
    </message>
    <message>
        <source>order date</source>
        <translation>下单日期</translation>
    </message>
    <message>
        <source>expected close</source>
        <translation>预计成交日期</translation>
    </message>
    <message>
        <source>probability</source>
        <translation>赢率</translation>
    </message>
    <message>
        <source>label</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>month</source>
        <translation>月</translation>
    </message>
    <message>
        <source>day</source>
        <translation>日</translation>
    </message>
    <message>
        <source>year</source>
        <translation>年</translation>
    </message>
    <message>
        <source>yearly</source>
        <translation>每年重复</translation>
    </message>
    <message>
        <source>days ahead</source>
        <translation>提前天数</translation>
    </message>
    <message>
        <source>due</source>
        <translation>到期</translation>
    </message>
    <message>
        <source>note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>done</source>
        <translation>完成时间</translation>
    </message>
    <message>
        <source>snoozed until</source>
        <translation>稍后提醒至</translation>
    </message>
    <message>
        <source>industry</source>
        <translation>行业</translation>
    </message>
    <message>
        <source>size</source>
        <translation>规模</translation>
    </message>
    <message>
        <source>country/region</source>
        <translation>国家/地区</translation>
    </message>
    <message>
        <source>postal code</source>
        <translation>邮政编码</translation>
    </message>
    <message>
        <source>WeChat</source>
        <translation>微信</translation>
    </message>
    <message>
        <source>birthday</source>
        <translation>生日</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>（空）</translation>
    </message>
</context>
<context>
    <name>AuditFilterBar</name>
    <message>
        <source>All customers — type to search</source>
        <translation>全部客户：输入以搜索</translation>
    </message>
    <message>
        <source>All actions</source>
        <translation>全部操作</translation>
    </message>
    <message>
        <source>From</source>
        <translation>从</translation>
    </message>
    <message>
        <source>To</source>
        <translation>至</translation>
    </message>
    <message>
        <source>&amp;Customer:</source>
        <translation>客户(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Action:</source>
        <translation>操作(&amp;A)：</translation>
    </message>
</context>
<context>
    <name>BackupProgress</name>
    <message>
        <source>Back up now</source>
        <translation>立即备份</translation>
    </message>
    <message>
        <source>Copying the database…</source>
        <translation>正在复制数据库…</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>取消(&amp;C)</translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>正在备份…</translation>
    </message>
    <message>
        <source>Verifying the backup…</source>
        <translation>正在校验备份…</translation>
    </message>
    <message>
        <source>Backup written and verified: %1</source>
        <translation>备份已写入并通过校验：%1</translation>
    </message>
    <message>
        <source>The backup was cancelled; no backup file was left behind.</source>
        <translation>备份已取消，没有留下任何备份文件。</translation>
    </message>
</context>
<context>
    <name>ContactDialog</name>
    <message>
        <source>Edit contact</source>
        <translation>编辑联系人</translation>
    </message>
    <message>
        <source>Add contact</source>
        <translation>添加联系人</translation>
    </message>
    <message>
        <source>YYYY-MM-DD, or MM-DD</source>
        <translation>YYYY-MM-DD 或 MM-DD</translation>
    </message>
    <message>
        <source>Several numbers: separate with commas</source>
        <translation>多个号码请用逗号分隔</translation>
    </message>
    <message>
        <source>Primary contact</source>
        <translation>主要联系人</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>职务</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>生日</translation>
    </message>
    <message>
        <source>Phones</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>邮箱</translation>
    </message>
    <message>
        <source>WeChat</source>
        <translation>微信</translation>
    </message>
    <message>
        <source>Other accounts</source>
        <translation>其他账号</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>性别</translation>
    </message>
</context>
<context>
    <name>ContactsEditor</name>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>职务</translation>
    </message>
    <message>
        <source>Phones</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>邮箱</translation>
    </message>
    <message>
        <source>WeChat</source>
        <translation>微信</translation>
    </message>
    <message>
        <source>Primary</source>
        <translation>主要</translation>
    </message>
    <message>
        <source>Remove contact</source>
        <translation>移除联系人</translation>
    </message>
    <message>
        <source>Remove %1 from this customer&apos;s contacts?</source>
        <translation>要将 %1 从该客户的联系人中移除吗？</translation>
    </message>
    <message>
        <source>A&amp;dd…</source>
        <translation>添加(&amp;D)…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>移除(&amp;M)</translation>
    </message>
</context>
<context>
    <name>CustomerListModel</name>
    <message>
        <source>Grade</source>
        <translation>等级</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>公司</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Last follow-up</source>
        <translation>最近跟进</translation>
    </message>
    <message>
        <source>Next due</source>
        <translation>下次跟进</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
</context>
<context>
    <name>CustomerListPane</name>
    <message>
        <source>Search name, company, phone, e-mail, tag… (Ctrl+F)</source>
        <translation>搜索名称、公司、电话、邮箱、标签…（Ctrl+F）</translation>
    </message>
    <message>
        <source>Show grade %1: %2</source>
        <translation>显示 %1 级客户：%2</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <source>Any importance</source>
        <translation>全部重要程度</translation>
    </message>
    <message>
        <source>Any tag</source>
        <translation>全部标签</translation>
    </message>
    <message>
        <source>Overdue only</source>
        <translation>仅看逾期</translation>
    </message>
    <message>
        <source>Saved views</source>
        <translation>已保存视图</translation>
    </message>
    <message>
        <source>Save view…</source>
        <translation>保存视图…</translation>
    </message>
    <message>
        <source>Delete view</source>
        <translation>删除视图</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>清除筛选</translation>
    </message>
    <message>
        <source>Save view</source>
        <translation>保存视图</translation>
    </message>
    <message>
        <source>Name of this view:</source>
        <translation>视图名称：</translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s)</source>
        <translation>
            <numerusform>%n 个客户</numerusform>
        </translation>
    </message>
    <message>
        <source>No customer matches. Change the search or press “Clear filters”.</source>
        <translation>没有匹配的客户。请修改搜索条件，或点击“清除筛选”。</translation>
    </message>
    <message>
        <source>No customers yet. Press Ctrl+N to add your first customer.</source>
        <translation>还没有客户。按 Ctrl+N 添加第一个客户。</translation>
    </message>
    <message>
        <source>Saved views…</source>
        <translation>已保存视图…</translation>
    </message>
    <message>
        <source>No saved views yet</source>
        <translation>暂无已保存视图</translation>
    </message>
    <message>
        <source>Pick a saved view first.</source>
        <translation>请先选择一个已保存视图。</translation>
    </message>
</context>
<context>
    <name>DailyBackupReporter</name>
    <message>
        <source>Daily backup written and verified: %1</source>
        <translation>每日备份已写入并通过校验：%1</translation>
    </message>
    <message>
        <source>The daily backup was not made: %1</source>
        <translation>今天的每日备份没有进行：%1</translation>
    </message>
    <message>
        <source>The daily backup could not be written (%1). Your data is unchanged; try File → Back up now.</source>
        <translation>无法写入每日备份（%1）。您的数据没有变化；请尝试“文件 → 立即备份”。</translation>
    </message>
</context>
<context>
    <name>DatePickerDialog</name>
    <message>
        <source>Snooze until</source>
        <translation>稍后提醒至</translation>
    </message>
</context>
<context>
    <name>DemoPage</name>
    <message>
        <source>Demo database</source>
        <translation>演示数据库</translation>
    </message>
    <message>
        <source>Sample customers to try crmdesk with. Keep real customers in a database of their own.</source>
        <translation>用示例客户试用 crmdesk。真实客户请保存在单独的数据库中。</translation>
    </message>
    <message>
        <source>Number of sample customers:</source>
        <translation>示例客户数量：</translation>
    </message>
    <message>
        <source>Its password is: %1</source>
        <translation>该数据库的密码是：%1</translation>
    </message>
</context>
<context>
    <name>DetailForm</name>
    <message>
        <source>Basic</source>
        <translation>基本信息</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>邮箱</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Source channel</source>
        <translation>客户来源</translation>
    </message>
    <message>
        <source>First contact</source>
        <translation>首次接触</translation>
    </message>
    <message>
        <source>First conversation</source>
        <translation>首次沟通</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>公司</translation>
    </message>
    <message>
        <source>Company name</source>
        <translation>公司名称</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>规模</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>行业</translation>
    </message>
    <message>
        <source>Annual revenue</source>
        <translation>年营业额</translation>
    </message>
    <message>
        <source>Main products</source>
        <translation>主营产品</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>邮政编码</translation>
    </message>
    <message>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <source>Country/region</source>
        <translation>国家/地区</translation>
    </message>
    <message>
        <source>Needs &amp;&amp; preferences</source>
        <translation>需求与偏好</translation>
    </message>
    <message>
        <source>Functional needs</source>
        <translation>功能需求</translation>
    </message>
    <message>
        <source>Price preference</source>
        <translation>价格偏好</translation>
    </message>
    <message>
        <source>Service requirements</source>
        <translation>服务要求</translation>
    </message>
    <message>
        <source>Brand preferences</source>
        <translation>品牌偏好</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Classification</source>
        <translation>客户分类</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>等级</translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation>客户状态</translation>
    </message>
    <message>
        <source>Importance</source>
        <translation>重要程度</translation>
    </message>
    <message>
        <source>Need</source>
        <translation>需求</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>This cannot be empty.</source>
        <translation>此项不能为空。</translation>
    </message>
    <message>
        <source>This is too long.</source>
        <translation>内容过长。</translation>
    </message>
    <message>
        <source>Remove the control characters.</source>
        <translation>请删除其中的控制字符。</translation>
    </message>
    <message>
        <source>This value is not valid.</source>
        <translation>此值无效。</translation>
    </message>
    <message>
        <source>The amount cannot be negative.</source>
        <translation>金额不能为负数。</translation>
    </message>
    <message>
        <source>The amount is too large.</source>
        <translation>金额过大。</translation>
    </message>
    <message>
        <source>A phone number needs digits.</source>
        <translation>电话号码需要包含数字。</translation>
    </message>
    <message>
        <source>Enter a name.</source>
        <translation>请输入名称。</translation>
    </message>
    <message>
        <source>Not an e-mail address (like name@example.com).</source>
        <translation>不是有效的邮箱地址（例如 name@example.com）。</translation>
    </message>
    <message>
        <source>Enter a number, like 1,250,000.</source>
        <translation>请输入数字，例如 1,250,000。</translation>
    </message>
</context>
<context>
    <name>DetailHeader</name>
    <message>
        <source>● Unsaved changes</source>
        <translation>● 未保存的更改</translation>
    </message>
    <message>
        <source>This customer was changed elsewhere. Save to keep your edits on top.</source>
        <translation>该客户已在别处被修改。保存后将以您的修改为准。</translation>
    </message>
    <message>
        <source>New customer</source>
        <translation>新建客户</translation>
    </message>
    <message>
        <source>Not saved yet</source>
        <translation>尚未保存</translation>
    </message>
    <message>
        <source>Next follow-up: %1 · Last follow-up: %2</source>
        <translation>下次跟进：%1 · 最近跟进：%2</translation>
    </message>
</context>
<context>
    <name>DetailPane</name>
    <message>
        <source>Unsaved changes</source>
        <translation>未保存的更改</translation>
    </message>
    <message>
        <source>This customer has unsaved changes. Save them?</source>
        <translation>该客户有未保存的更改，是否保存？</translation>
    </message>
    <message>
        <source>This customer has been deleted.</source>
        <translation>该客户已被删除。</translation>
    </message>
    <message>
        <source>&amp;New customer</source>
        <translation>新建客户(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Save customer</source>
        <translation>保存客户(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Discard changes</source>
        <translation>放弃更改(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Delete customer</source>
        <translation>删除客户(&amp;D)</translation>
    </message>
</context>
<context>
    <name>DuplicatesDialog</name>
    <message>
        <source>Find duplicates</source>
        <translation>查找重复客户</translation>
    </message>
    <message>
        <source>No likely duplicates found</source>
        <translation>未发现可能的重复客户</translation>
    </message>
    <message>
        <source>&amp;Undo last merge</source>
        <translation>撤销上次合并(&amp;U)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>保留</translation>
    </message>
    <message>
        <source>Merge into it</source>
        <translation>并入保留记录</translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation>合并(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Skip group</source>
        <translation>跳过此组(&amp;S)</translation>
    </message>
    <message>
        <source>Looking for likely duplicates…</source>
        <translation>正在查找可能的重复客户…</translation>
    </message>
    <message numerus="yes">
        <source>%n group(s) of likely duplicates</source>
        <translation>
            <numerusform>%n 组可能的重复客户</numerusform>
        </translation>
    </message>
    <message>
        <source>Same phone %1</source>
        <translation>电话相同：%1</translation>
    </message>
    <message>
        <source>Same e-mail %1</source>
        <translation>邮箱相同：%1</translation>
    </message>
    <message>
        <source>Same name and company</source>
        <translation>名称和公司相同</translation>
    </message>
    <message>
        <source>Same name in the same city</source>
        <translation>同一城市中名称相同</translation>
    </message>
    <message>
        <source>Similar names</source>
        <translation>名称相似</translation>
    </message>
    <message>
        <source>Last follow-up</source>
        <translation>最近跟进</translation>
    </message>
    <message>
        <source>Next follow-up (set by hand)</source>
        <translation>下次跟进（手动设置）</translation>
    </message>
    <message>
        <source>Moves to the kept record: %1 contacts, %2 timeline entries, %3 orders, %4 opportunities, %5 key dates, %6 reminders, and the tags.</source>
        <translation>将移至保留的记录：%1 个联系人、%2 条时间线记录、%3 个订单、%4 个商机、%5 个重要日期、%6 个提醒，以及标签。</translation>
    </message>
    <message>
        <source>Merged. “Undo last merge” puts both records back.</source>
        <translation>已合并。点击“撤销上次合并”可恢复两条记录。</translation>
    </message>
    <message>
        <source>Something went wrong; nothing was changed.</source>
        <translation>出现错误，未做任何更改。</translation>
    </message>
    <message>
        <source>This merge was already undone.</source>
        <translation>此次合并已被撤销。</translation>
    </message>
    <message>
        <source>The kept record was deleted or merged since: undo is not possible.</source>
        <translation>保留的记录此后已被删除或合并，无法撤销。</translation>
    </message>
    <message>
        <source>One of the records was deleted in the meantime.</source>
        <translation>其中一条记录在此期间已被删除。</translation>
    </message>
</context>
<context>
    <name>EditorPage</name>
    <message>
        <source>Contacts</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>Key dates</source>
        <translation>重要日期</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Contacts (%1)</source>
        <translation>联系人（%1）</translation>
    </message>
    <message>
        <source>Key dates (%1)</source>
        <translation>重要日期（%1）</translation>
    </message>
    <message>
        <source>Save the customer first.</source>
        <translation>请先保存客户。</translation>
    </message>
</context>
<context>
    <name>EmptyPage</name>
    <message>
        <source>New customer</source>
        <translation>新建客户</translation>
    </message>
    <message>
        <source>Select a customer in the list, or create one.</source>
        <translation>请在列表中选择客户，或新建一个客户。</translation>
    </message>
</context>
<context>
    <name>EntryDialog</name>
    <message>
        <source>Not saved: %1</source>
        <translation>未保存：%1</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export customers</source>
        <translation>导出客户</translation>
    </message>
    <message>
        <source>&amp;CSV (opens in Excel; UTF-8)</source>
        <translation>CSV（可用 Excel 打开；UTF-8）(&amp;C)</translation>
    </message>
    <message>
        <source>E&amp;xcel workbook (.xlsx)</source>
        <translation>Excel 工作簿 (.xlsx)(&amp;X)</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>格式：</translation>
    </message>
    <message>
        <source>&amp;All customers</source>
        <translation>全部客户(&amp;A)</translation>
    </message>
    <message>
        <source>The customers the &amp;list shows now</source>
        <translation>列表中当前显示的客户(&amp;L)</translation>
    </message>
    <message>
        <source>Customers:</source>
        <translation>客户：</translation>
    </message>
    <message>
        <source>C&amp;hinese column names (客户名称, 电话…)</source>
        <translation>中文列名（客户名称、电话…）(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>文件(&amp;F)：</translation>
    </message>
    <message>
        <source>The exported file is NOT encrypted: anyone who gets it can read these customers&apos; details. Keep it somewhere safe and delete it when it is no longer needed.</source>
        <translation>导出的文件未加密：任何拿到该文件的人都能读取这些客户的详细信息。请妥善保管，不再需要时请删除。</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>导出(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Cancel export</source>
        <translation>取消导出(&amp;C)</translation>
    </message>
    <message>
        <source>customers</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>&amp;All customers (%1)</source>
        <translation>全部客户（%1）(&amp;A)</translation>
    </message>
    <message>
        <source>The customers the &amp;list shows now (%1)</source>
        <translation>列表中当前显示的客户（%1）(&amp;L)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>Choose a file name first.</source>
        <translation>请先选择文件名。</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>正在写入 %1…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
    <message>
        <source>Wrote %1 customers; saving the file…</source>
        <translation>已写入 %1 个客户；正在保存文件…</translation>
    </message>
    <message>
        <source>Writing %1 of %2 customers…</source>
        <translation>正在写入第 %1 / %2 个客户…</translation>
    </message>
    <message>
        <source>%1 already exists. Replace it?</source>
        <translation>%1 已存在，是否替换？</translation>
    </message>
    <message>
        <source>%1 customers written to %2.</source>
        <translation>已将 %1 个客户写入 %2。</translation>
    </message>
    <message>
        <source>The export was cancelled; no file was written.</source>
        <translation>导出已取消，没有写入任何文件。</translation>
    </message>
    <message>
        <source>The file cannot be written: %1</source>
        <translation>无法写入文件：%1</translation>
    </message>
    <message>
        <source>The export failed.</source>
        <translation>导出失败。</translation>
    </message>
</context>
<context>
    <name>FeedbackDialog</name>
    <message>
        <source>Add feedback</source>
        <translation>添加反馈</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>请选择…</translation>
    </message>
    <message>
        <source>This is a &amp;complaint</source>
        <translation>这是一条投诉(&amp;C)</translation>
    </message>
    <message>
        <source>Satis&amp;faction</source>
        <translation>满意度(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;What they said</source>
        <translation>反馈内容(&amp;W)</translation>
    </message>
    <message>
        <source>&amp;Resolution</source>
        <translation>处理结果(&amp;R)</translation>
    </message>
    <message>
        <source>Choose a satisfaction from 1 to 5.</source>
        <translation>请选择 1 到 5 的满意度。</translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <source>Choose a file</source>
        <translation>选择文件</translation>
    </message>
    <message>
        <source>An Excel or WPS workbook (.xlsx, .xls), a LibreOffice sheet (.ods), a CSV file, or phone contacts saved as vCard (.vcf).</source>
        <translation>Excel 或 WPS 工作簿（.xlsx、.xls）、LibreOffice 表格（.ods）、CSV 文件，或保存为 vCard（.vcf）的手机通讯录。</translation>
    </message>
    <message>
        <source>Drop the file here, or choose it below.</source>
        <translation>将文件拖放到此处，或在下方选择文件。</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>文件(&amp;F)：</translation>
    </message>
    <message>
        <source>Type a path and press Enter, or browse</source>
        <translation>输入路径后按回车，或点击浏览</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <source>&amp;Sheet:</source>
        <translation>工作表(&amp;S):</translation>
    </message>
    <message>
        <source>Import customers</source>
        <translation>导入客户</translation>
    </message>
    <message>
        <source>Spreadsheets and contacts (%1)</source>
        <translation>表格和通讯录 (%1)</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>正在读取 %1…</translation>
    </message>
    <message>
        <source>%1: %2 rows, %3 columns.</source>
        <translation>%1：%2 行，%3 列。</translation>
    </message>
    <message>
        <source>Left out: %1 title, blank or total rows.</source>
        <translation>已略过 %1 行标题行、空行或合计行。</translation>
    </message>
    <message>
        <source>The file cannot be opened: %1</source>
        <translation>无法打开文件：%1</translation>
    </message>
    <message>
        <source>Choose another file.</source>
        <translation>请选择其他文件。</translation>
    </message>
</context>
<context>
    <name>FollowUpDialog</name>
    <message>
        <source>Log follow-up</source>
        <translation>记录跟进</translation>
    </message>
    <message>
        <source>What was discussed</source>
        <translation>沟通了哪些内容</translation>
    </message>
    <message>
        <source>&amp;When</source>
        <translation>时间(&amp;W)</translation>
    </message>
    <message>
        <source>&amp;Method</source>
        <translation>跟进方式(&amp;M)</translation>
    </message>
    <message>
        <source>Con&amp;tent</source>
        <translation>内容(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Outcome</source>
        <translation>结果(&amp;O)</translation>
    </message>
    <message>
        <source>Next ste&amp;p</source>
        <translation>下一步(&amp;P)</translation>
    </message>
    <message>
        <source>Confirm the grade</source>
        <translation>确认等级</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <source>Confirm the current grade or choose another to save.</source>
        <translation>请确认当前等级，或选择其他等级，然后保存。</translation>
    </message>
    <message>
        <source>&amp;Reset</source>
        <translation>重置(&amp;R)</translation>
    </message>
    <message>
        <source>Back to the date the grade&apos;s cadence gives</source>
        <translation>恢复为按等级跟进频率计算的日期</translation>
    </message>
    <message>
        <source>&amp;Next follow-up</source>
        <translation>下次跟进(&amp;N)</translation>
    </message>
    <message>
        <source>Log follow-up — %1</source>
        <translation>记录跟进 — %1</translation>
    </message>
    <message>
        <source>This customer could not be opened: %1</source>
        <translation>无法打开该客户：%1</translation>
    </message>
    <message numerus="yes">
        <source>every %n day(s)</source>
        <translation>
            <numerusform>每 %n 天</numerusform>
        </translation>
    </message>
    <message>
        <source>current</source>
        <translation>当前</translation>
    </message>
    <message>
        <source>suggested</source>
        <translation>建议</translation>
    </message>
    <message>
        <source>Suggested grade: %1</source>
        <translation>建议等级：%1</translation>
    </message>
    <message>
        <source>%1, set by hand (the cadence gives %2)</source>
        <translation>%1，手动设置（按跟进频率应为 %2）</translation>
    </message>
    <message>
        <source>%1, from the grade&apos;s cadence</source>
        <translation>%1，按等级跟进频率计算</translation>
    </message>
    <message>
        <source>A follow-up cannot be logged in the future.</source>
        <translation>不能记录未来时间的跟进。</translation>
    </message>
    <message>
        <source>The next follow-up cannot be before this one.</source>
        <translation>下次跟进不能早于本次跟进。</translation>
    </message>
</context>
<context>
    <name>ImportField</name>
    <message>
        <source>Customer name</source>
        <translation>客户名称</translation>
    </message>
    <message>
        <source>Person or company</source>
        <translation>个人或企业</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>公司</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>邮箱</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>等级</translation>
    </message>
    <message>
        <source>Relationship status</source>
        <translation>客户状态</translation>
    </message>
    <message>
        <source>Importance</source>
        <translation>重要程度</translation>
    </message>
    <message>
        <source>Need status</source>
        <translation>需求状态</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>客户来源</translation>
    </message>
    <message>
        <source>First contact date</source>
        <translation>首次接触日期</translation>
    </message>
    <message>
        <source>First conversation</source>
        <translation>首次沟通</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Company size</source>
        <translation>企业规模</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>行业</translation>
    </message>
    <message>
        <source>Annual revenue</source>
        <translation>年营业额</translation>
    </message>
    <message>
        <source>Main products</source>
        <translation>主营产品</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>邮政编码</translation>
    </message>
    <message>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <source>Country/region</source>
        <translation>国家/地区</translation>
    </message>
    <message>
        <source>Functional needs</source>
        <translation>功能需求</translation>
    </message>
    <message>
        <source>Price preference</source>
        <translation>价格偏好</translation>
    </message>
    <message>
        <source>Service requirements</source>
        <translation>服务要求</translation>
    </message>
    <message>
        <source>Brand preferences</source>
        <translation>品牌偏好</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Last follow-up</source>
        <translation>最近跟进</translation>
    </message>
    <message>
        <source>Contact name</source>
        <translation>联系人姓名</translation>
    </message>
    <message>
        <source>Contact title</source>
        <translation>联系人职务</translation>
    </message>
    <message>
        <source>Contact phone</source>
        <translation>联系人电话</translation>
    </message>
    <message>
        <source>Contact e-mail</source>
        <translation>联系人邮箱</translation>
    </message>
    <message>
        <source>WeChat</source>
        <translation>微信</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>生日</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Next follow-up</source>
        <translation>下次跟进</translation>
    </message>
</context>
<context>
    <name>ImportFileError</name>
    <message>
        <source>The file cannot be opened.</source>
        <translation>无法打开该文件。</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>该文件为空。</translation>
    </message>
    <message>
        <source>The file is not a spreadsheet, CSV or vCard file.</source>
        <translation>该文件不是表格、CSV 或 vCard 文件。</translation>
    </message>
    <message>
        <source>The text encoding of the file is not recognised. Save it as CSV UTF-8 and try again.</source>
        <translation>无法识别该文件的文本编码。请将其另存为 CSV UTF-8 格式后重试。</translation>
    </message>
    <message>
        <source>The file is damaged and cannot be read.</source>
        <translation>该文件已损坏，无法读取。</translation>
    </message>
    <message>
        <source>The file is protected by a password. Open it in Excel or WPS, remove the password and save it again.</source>
        <translation>该文件受密码保护。请在 Excel 或 WPS 中打开，移除密码后重新保存。</translation>
    </message>
    <message>
        <source>No header row was found. The first rows of the sheet should name its columns, for example Name, Phone, Company.</source>
        <translation>未找到表头行。工作表的前几行应写明各列的名称，例如名称、电话、公司。</translation>
    </message>
    <message>
        <source>The workbook has no sheet of that name.</source>
        <translation>工作簿中没有该名称的工作表。</translation>
    </message>
    <message>
        <source>The vCard file contains no contacts.</source>
        <translation>该 vCard 文件中没有联系人。</translation>
    </message>
</context>
<context>
    <name>ImportProblem</name>
    <message>
        <source>No name: the row has neither a name nor a company.</source>
        <translation>缺少名称：该行既没有名称也没有公司。</translation>
    </message>
    <message>
        <source>The name is too long or contains control characters: the row is skipped.</source>
        <translation>名称过长或包含控制字符，已跳过该行。</translation>
    </message>
    <message>
        <source>Too long or contains control characters; left empty.</source>
        <translation>内容过长或包含控制字符，已留空。</translation>
    </message>
    <message>
        <source>Not a phone number; the text was kept in the notes.</source>
        <translation>不是电话号码，原文已保留在备注中。</translation>
    </message>
    <message>
        <source>Not an e-mail address; left empty.</source>
        <translation>不是邮箱地址，已留空。</translation>
    </message>
    <message>
        <source>Not a date; left empty.</source>
        <translation>不是日期，已留空。</translation>
    </message>
    <message>
        <source>Not a birthday (a past date, or a month and day); left empty.</source>
        <translation>不是有效的生日（应为过去的日期，或月和日），已留空。</translation>
    </message>
    <message>
        <source>Not a grade from A to E; left empty.</source>
        <translation>不是 A 到 E 之间的等级，已留空。</translation>
    </message>
    <message>
        <source>Not a company size (a staff count, or small, medium, large); left empty.</source>
        <translation>不是有效的企业规模（应为员工人数，或小型、中型、大型），已留空。</translation>
    </message>
    <message>
        <source>Not one of the known values; left empty.</source>
        <translation>不是可识别的值，已留空。</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <source>Import customers</source>
        <translation>导入客户</translation>
    </message>
</context>
<context>
    <name>KeyDateDialog</name>
    <message>
        <source>Add key date</source>
        <translation>添加重要日期</translation>
    </message>
    <message>
        <source>YYYY-MM-DD, or MM-DD</source>
        <translation>YYYY-MM-DD 或 MM-DD</translation>
    </message>
    <message>
        <source>Every year</source>
        <translation>每年</translation>
    </message>
    <message>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Remind ahead</source>
        <translation>提前提醒</translation>
    </message>
    <message>
        <source>Type a date like 2027-03-01, or 03-01 for every year.</source>
        <translation>请输入日期，如 2027-03-01；每年重复的日期可输入 03-01。</translation>
    </message>
    <message>
        <source>A date that happens once needs a year.</source>
        <translation>只发生一次的日期必须包含年份。</translation>
    </message>
</context>
<context>
    <name>KeyDatesEditor</name>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Yearly</source>
        <translation>每年</translation>
    </message>
    <message>
        <source>Remind ahead</source>
        <translation>提前提醒</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>添加(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>移除(&amp;R)</translation>
    </message>
    <message>
        <source>Remove key date</source>
        <translation>移除重要日期</translation>
    </message>
    <message>
        <source>Remove this key date?</source>
        <translation>要移除此重要日期吗？</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n 天</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Clear need, closes within 1 month</source>
        <translation>需求明确，1 个月内成交</translation>
    </message>
    <message>
        <source>Clear need, closes within 3 months</source>
        <translation>需求明确，3 个月内成交</translation>
    </message>
    <message>
        <source>Clear need, closes within 6 months</source>
        <translation>需求明确，6 个月内成交</translation>
    </message>
    <message>
        <source>Potential need, or closing 6+ months out</source>
        <translation>潜在需求，或 6 个月后才能成交</translation>
    </message>
    <message>
        <source>No need or no chance</source>
        <translation>无需求或无成交机会</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>个人</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>企业</translation>
    </message>
    <message>
        <source>Potential</source>
        <translation>潜在客户</translation>
    </message>
    <message>
        <source>Intent</source>
        <translation>意向客户</translation>
    </message>
    <message>
        <source>Existing customer</source>
        <translation>成交客户</translation>
    </message>
    <message>
        <source>Churned</source>
        <translation>流失客户</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>重点</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>普通</translation>
    </message>
    <message>
        <source>Current need</source>
        <translation>当前需求</translation>
    </message>
    <message>
        <source>Future need</source>
        <translation>潜在需求</translation>
    </message>
    <message>
        <source>No need</source>
        <translation>无需求</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <source>Trade show</source>
        <translation>展会</translation>
    </message>
    <message>
        <source>Web ad</source>
        <translation>网络广告</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>转介绍</translation>
    </message>
    <message>
        <source>Walk-in</source>
        <translation>上门</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>Small (&lt; 50 staff)</source>
        <translation>小型企业（少于 50 人）</translation>
    </message>
    <message>
        <source>Medium (50–500 staff)</source>
        <translation>中型企业（50–500 人）</translation>
    </message>
    <message>
        <source>Large (&gt; 500 staff)</source>
        <translation>大型企业（超过 500 人）</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>性价比</translation>
    </message>
    <message>
        <source>Premium</source>
        <translation>高端</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>拜访</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>会议</translation>
    </message>
    <message>
        <source>WeChat / message</source>
        <translation>微信/短信</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>跟进</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>反馈</translation>
    </message>
    <message>
        <source>Grade change</source>
        <translation>等级变更</translation>
    </message>
    <message>
        <source>Status change</source>
        <translation>状态变更</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>订单</translation>
    </message>
    <message>
        <source>Opportunity</source>
        <translation>商机</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>合并</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>线索</translation>
    </message>
    <message>
        <source>Qualified</source>
        <translation>已确认</translation>
    </message>
    <message>
        <source>Proposal</source>
        <translation>方案</translation>
    </message>
    <message>
        <source>Negotiation</source>
        <translation>谈判</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>赢单</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>输单</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>生日</translation>
    </message>
    <message>
        <source>Contract expiry</source>
        <translation>合同到期</translation>
    </message>
    <message>
        <source>Renewal</source>
        <translation>续约</translation>
    </message>
    <message>
        <source>Other date</source>
        <translation>其他日期</translation>
    </message>
    <message>
        <source>Key date</source>
        <translation>重要日期</translation>
    </message>
    <message>
        <source>Reminder</source>
        <translation>提醒</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>女</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>男</translation>
    </message>
    <message>
        <source>Not given</source>
        <translation>未填写</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>逾期</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <source>Within a week</source>
        <translation>一周内</translation>
    </message>
    <message>
        <source>Within a month</source>
        <translation>一个月内</translation>
    </message>
    <message>
        <source>Within three months</source>
        <translation>三个月内</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>更晚</translation>
    </message>
    <message>
        <source>The customer has churned.</source>
        <translation>客户已流失。</translation>
    </message>
    <message>
        <source>The customer has no need.</source>
        <translation>客户无需求。</translation>
    </message>
    <message>
        <source>The need is in the future.</source>
        <translation>客户的需求在将来。</translation>
    </message>
    <message>
        <source>A current need, but no open opportunity yet.</source>
        <translation>有当前需求，但还没有进行中的商机。</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>crmdesk</source>
        <translation>crmdesk</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>今日</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>数据库：%1</translation>
    </message>
    <message>
        <source>Unlocked</source>
        <translation>已解锁</translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s)</source>
        <translation>
            <numerusform>%n 个客户</numerusform>
        </translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>正在处理…</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>已锁定</translation>
    </message>
    <message>
        <source>crmdesk: internal error</source>
        <translation>crmdesk：内部错误</translation>
    </message>
    <message>
        <source>Something went wrong inside crmdesk (%1). Your last change may not have been saved; everything saved before it is safe. Please report this.</source>
        <translation>crmdesk 内部出错（%1）。最近一次更改可能未保存，此前保存的内容均安全。请报告此问题。</translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <source>Match the columns</source>
        <translation>设置列对应</translation>
    </message>
    <message>
        <source>Choose what each column of the file holds. Columns set to ignore are left out.</source>
        <translation>请为文件的每一列选择其内容。设为忽略的列将不会导入。</translation>
    </message>
    <message>
        <source>Saved &amp;profile:</source>
        <translation>已保存的映射方案(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Save as profile…</source>
        <translation>另存为映射方案(&amp;S)…</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>文件中的列</translation>
    </message>
    <message>
        <source>Import as</source>
        <translation>导入为</translation>
    </message>
    <message>
        <source>Sample values</source>
        <translation>示例值</translation>
    </message>
    <message>
        <source>(column %1)</source>
        <translation>（第 %1 列）</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>（空）</translation>
    </message>
    <message>
        <source>— ignore —</source>
        <translation>— 忽略 —</translation>
    </message>
    <message>
        <source>No column is matched to Customer name or Company: rows without a name are rejected.</source>
        <translation>没有列对应到“客户名称”或“公司”：缺少名称的行将被拒绝。</translation>
    </message>
    <message>
        <source>(no saved profiles)</source>
        <translation>（暂无已保存的映射方案）</translation>
    </message>
    <message>
        <source>Choose a profile to apply…</source>
        <translation>选择要应用的映射方案…</translation>
    </message>
    <message>
        <source>None of the profile&apos;s columns are in this file.</source>
        <translation>该映射方案中的列在此文件中均不存在。</translation>
    </message>
    <message>
        <source>Save as profile</source>
        <translation>另存为映射方案</translation>
    </message>
    <message>
        <source>Name of the mapping profile:</source>
        <translation>映射方案名称：</translation>
    </message>
</context>
<context>
    <name>MenuBuilder</name>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;New customer</source>
        <translation>新建客户(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>立即备份(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Restore from a backup…</source>
        <translation>从备份恢复(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>导入(&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>导出(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Undo an import…</source>
        <translation>撤销某次导入(&amp;U)…</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>锁定(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Find customer</source>
        <translation>查找客户(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>偏好设置(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Customers</source>
        <translation>客户(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Today</source>
        <translation>今日(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Save current view…</source>
        <translation>保存当前视图(&amp;S)…</translation>
    </message>
    <message>
        <source>C&amp;lear filters</source>
        <translation>清除筛选(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Customer</source>
        <translation>客户(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>工具(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Audit log…</source>
        <translation>审计日志(&amp;A)…</translation>
    </message>
    <message>
        <source>Find &amp;duplicates…</source>
        <translation>查找重复客户(&amp;D)…</translation>
    </message>
    <message>
        <source>&amp;Check database</source>
        <translation>检查数据库(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About crmdesk</source>
        <translation>关于 crmdesk(&amp;A)</translation>
    </message>
    <message>
        <source>Database is healthy</source>
        <translation>数据库状态正常</translation>
    </message>
    <message>
        <source>Database problems found</source>
        <translation>发现数据库问题</translation>
    </message>
    <message>
        <source>Checking the database…</source>
        <translation>正在检查数据库…</translation>
    </message>
</context>
<context>
    <name>NoteDialog</name>
    <message>
        <source>Add note</source>
        <translation>添加备注</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>备注(&amp;N)</translation>
    </message>
    <message>
        <source>Write the note first.</source>
        <translation>请先填写备注内容。</translation>
    </message>
</context>
<context>
    <name>Notifier</name>
    <message>
        <source>Open crmdesk</source>
        <translation>打开 crmdesk</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <source>Snooze 1 hour</source>
        <translation>1 小时后提醒</translation>
    </message>
</context>
<context>
    <name>OpportunityDialog</name>
    <message>
        <source>Add opportunity</source>
        <translation>添加商机</translation>
    </message>
    <message>
        <source>&amp;Expected close</source>
        <translation>有预计成交日期(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>商机名称(&amp;T)</translation>
    </message>
    <message>
        <source>Sta&amp;ge</source>
        <translation>阶段(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Amount</source>
        <translation>金额(&amp;A)</translation>
    </message>
    <message>
        <source>Curre&amp;ncy</source>
        <translation>币种(&amp;N)</translation>
    </message>
    <message>
        <source>Close &amp;date</source>
        <translation>预计成交日期(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Probability (%)</source>
        <translation>赢率 (%)(&amp;P)</translation>
    </message>
    <message>
        <source>Enter a percentage from 0 to 100.</source>
        <translation>请输入 0 到 100 之间的百分比。</translation>
    </message>
    <message>
        <source>Enter a title for the opportunity.</source>
        <translation>请输入商机名称。</translation>
    </message>
    <message>
        <source>Enter an amount, e.g. 50000.</source>
        <translation>请输入金额，例如 50000。</translation>
    </message>
</context>
<context>
    <name>OptionalDate</name>
    <message>
        <source>Set a date</source>
        <translation>设置日期</translation>
    </message>
</context>
<context>
    <name>OrderDialog</name>
    <message>
        <source>Add order</source>
        <translation>添加订单</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>日期(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Product</source>
        <translation>产品(&amp;P)</translation>
    </message>
    <message>
        <source>Specifica&amp;tion</source>
        <translation>规格(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Quantity</source>
        <translation>数量(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Unit price</source>
        <translation>单价(&amp;U)</translation>
    </message>
    <message>
        <source>Curre&amp;ncy</source>
        <translation>币种(&amp;N)</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Enter the product.</source>
        <translation>请输入产品。</translation>
    </message>
    <message>
        <source>Enter a quantity, for example 12 or 2.5.</source>
        <translation>请输入数量，例如 12 或 2.5。</translation>
    </message>
    <message>
        <source>The quantity must be more than 0.</source>
        <translation>数量必须大于 0。</translation>
    </message>
    <message>
        <source>Enter a price, for example 1200 or 99.50.</source>
        <translation>请输入价格，例如 1200 或 99.50。</translation>
    </message>
</context>
<context>
    <name>PasswordPage</name>
    <message>
        <source>Choose a password</source>
        <translation>设置密码</translation>
    </message>
    <message>
        <source>It protects every customer record. crmdesk cannot recover it for you; the recovery code on the next page can.</source>
        <translation>密码用于保护所有客户记录。crmdesk 无法帮您找回密码，但下一页的恢复码可以。</translation>
    </message>
    <message>
        <source>Database file:</source>
        <translation>数据库文件：</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <source>Password (at least 8 characters):</source>
        <translation>密码（至少 8 个字符）：</translation>
    </message>
    <message>
        <source>Password again:</source>
        <translation>再次输入密码：</translation>
    </message>
    <message>
        <source>New database file</source>
        <translation>新建数据库文件</translation>
    </message>
    <message>
        <source>crmdesk databases (*.db)</source>
        <translation>crmdesk 数据库 (*.db)</translation>
    </message>
    <message>
        <source>Too short: use at least 8 characters.</source>
        <translation>太短：请至少使用 8 个字符。</translation>
    </message>
    <message>
        <source>Weak: longer, with digits or symbols, is safer.</source>
        <translation>弱：更长并包含数字或符号的密码更安全。</translation>
    </message>
    <message>
        <source>Fair.</source>
        <translation>中。</translation>
    </message>
    <message>
        <source>Strong.</source>
        <translation>强。</translation>
    </message>
</context>
<context>
    <name>Plurals</name>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n 天</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>An open deal closes in %n day(s).</source>
        <translation>
            <numerusform>有进行中的商机预计 %n 天后成交。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The nearest open deal closes in %n day(s).</source>
        <translation>
            <numerusform>最近的进行中商机预计 %n 天后成交。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>An open deal&apos;s close date passed %n day(s) ago: update it.</source>
        <translation>
            <numerusform>有进行中商机的预计成交日期已过去 %n 天，请更新。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>偏好设置</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>跟进</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>提醒</translation>
    </message>
    <message>
        <source>General</source>
        <translation>常规</translation>
    </message>
    <message>
        <source>Follow up with each customer this often, by grade:</source>
        <translation>按客户等级设置跟进频率：</translation>
    </message>
    <message>
        <source>Grade %1 follow-up interval</source>
        <translation>%1 级客户跟进间隔</translation>
    </message>
    <message>
        <source>Working days:</source>
        <translation>工作日：</translation>
    </message>
    <message>
        <source>A follow-up due on a non-working day moves to the next working day. Changing the intervals or the working days recomputes every customer&apos;s next due date.</source>
        <translation>落在非工作日的跟进会顺延到下一个工作日。修改跟进间隔或工作日后，将重新计算所有客户的下次跟进日期。</translation>
    </message>
    <message>
        <source>Daily alert at:</source>
        <translation>每日提醒时间：</translation>
    </message>
    <message>
        <source>from</source>
        <translation>从</translation>
    </message>
    <message>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <source>Quiet hours:</source>
        <translation>免打扰时段：</translation>
    </message>
    <message>
        <source>No alerts in quiet hours; equal times turn them off.</source>
        <translation>免打扰时段内不发送提醒；起止时间相同即关闭免打扰。</translation>
    </message>
    <message>
        <source>Show customer names in alerts</source>
        <translation>在提醒中显示客户名称</translation>
    </message>
    <message>
        <source>Start crmdesk when I log in</source>
        <translation>登录时启动 crmdesk</translation>
    </message>
    <message>
        <source>crmdesk then waits in the tray and tells you who is due, every day.</source>
        <translation>crmdesk 将在托盘中等候，每天提醒您该跟进哪些客户。</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>语言：</translation>
    </message>
    <message>
        <source>Two-letter country code, e.g. CN, HK, US</source>
        <translation>两位字母的国家/地区代码，例如 CN、HK、US</translation>
    </message>
    <message>
        <source>Default phone region:</source>
        <translation>默认电话国家/地区：</translation>
    </message>
    <message>
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>从不</translation>
    </message>
    <message>
        <source>Lock after idle:</source>
        <translation>空闲自动锁定：</translation>
    </message>
    <message>
        <source>Each backup is as big as the database; the oldest goes when one is made.</source>
        <translation>每个备份和数据库一样大；新建备份时会删除最旧的一个。</translation>
    </message>
    <message>
        <source>Backups kept:</source>
        <translation>保留的备份数：</translation>
    </message>
    <message numerus="yes">
        <source>day(s)</source>
        <translation>
            <numerusform>天</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose at least one working day.</source>
        <translation>请至少选择一个工作日。</translation>
    </message>
    <message>
        <source>The phone region is a two-letter country code, e.g. CN.</source>
        <translation>电话国家/地区须为两位字母代码，例如 CN。</translation>
    </message>
    <message>
        <source>The daily alert falls in the quiet hours.</source>
        <translation>每日提醒时间落在免打扰时段内，请调整其中之一。</translation>
    </message>
    <message>
        <source>Start at login could not be changed: %1</source>
        <translation>无法更改登录时启动设置：%1</translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <source>Check before importing</source>
        <translation>导入前检查</translation>
    </message>
    <message>
        <source>Nothing has been imported yet.</source>
        <translation>尚未导入任何内容。</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>导入(&amp;I)</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>行</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>公司</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>邮箱</translation>
    </message>
    <message>
        <source>Existing customer</source>
        <translation>已有客户</translation>
    </message>
    <message>
        <source>Its company</source>
        <translation>其公司</translation>
    </message>
    <message>
        <source>Its phone</source>
        <translation>其电话</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>&amp;All duplicates:</source>
        <translation>全部重复客户(&amp;A)：</translation>
    </message>
    <message>
        <source>Selected rows:</source>
        <translation>所选行：</translation>
    </message>
    <message>
        <source>S&amp;kip</source>
        <translation>跳过(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Update existing</source>
        <translation>更新已有客户(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Create anyway</source>
        <translation>仍然新建(&amp;C)</translation>
    </message>
    <message>
        <source>No duplicates: no row matches an existing customer.</source>
        <translation>没有重复客户：没有任何行与已有客户匹配。</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>处理结果</translation>
    </message>
    <message>
        <source>No problems: every row can be imported as it is.</source>
        <translation>没有问题：所有行均可按原样导入。</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>跳过</translation>
    </message>
    <message>
        <source>Update existing</source>
        <translation>更新已有客户</translation>
    </message>
    <message>
        <source>Create anyway</source>
        <translation>仍然新建</translation>
    </message>
    <message>
        <source>%1 new · %2 duplicates · %3 invalid · %4 warnings</source>
        <translation>新建 %1 · 重复 %2 · 无效 %3 · 警告 %4</translation>
    </message>
    <message>
        <source>Duplicates (%1)</source>
        <translation>重复客户（%1）</translation>
    </message>
    <message>
        <source>Problems (%1)</source>
        <translation>问题（%1）</translation>
    </message>
    <message>
        <source>(+%1 more)</source>
        <translation>（另有 %1 个）</translation>
    </message>
    <message>
        <source>Row %1 of this file</source>
        <translation>本文件第 %1 行</translation>
    </message>
    <message>
        <source>Row rejected</source>
        <translation>已拒绝该行</translation>
    </message>
    <message>
        <source>Imported without this value</source>
        <translation>已导入，但不含此值</translation>
    </message>
    <message>
        <source>Import will create %1 customers, update %2 and skip %3 duplicates.</source>
        <translation>本次导入将新建 %1 个客户，更新 %2 个，跳过 %3 个重复客户。</translation>
    </message>
</context>
<context>
    <name>RecoveryPage</name>
    <message>
        <source>Your recovery code</source>
        <translation>您的恢复码</translation>
    </message>
    <message>
        <source>If you forget your password, this code is the only way back in. It is shown only now.</source>
        <translation>忘记密码时，只能用此恢复码重新进入。恢复码仅在此时显示一次。</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <source>Save to a file…</source>
        <translation>保存到文件…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>打印…</translation>
    </message>
    <message>
        <source>I have stored the recovery code somewhere safe (not on this laptop).</source>
        <translation>我已将恢复码保存在安全的地方（不在这台电脑上）。</translation>
    </message>
    <message>
        <source>Save the recovery code</source>
        <translation>请保存恢复码</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Restore from a backup</source>
        <translation>从备份恢复</translation>
    </message>
    <message>
        <source>Choose a backup. It is checked first; then it replaces the database, and the database it replaces is kept beside it under a dated name.</source>
        <translation>请选择一个备份。先校验备份，再用它替换数据库；被替换的数据库会以带日期的文件名保留在旁边。</translation>
    </message>
    <message>
        <source>Other backup &amp;file…</source>
        <translation>其他备份文件(&amp;F)…</translation>
    </message>
    <message>
        <source>Password or recovery code of the backup&apos;s day:</source>
        <translation>备份当天的密码或恢复码：</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>恢复(&amp;R)</translation>
    </message>
    <message>
        <source>No backups of this database in %1. Choose one with “Other backup file…”.</source>
        <translation>在 %1 中没有找到此数据库的备份。请用“其他备份文件…”选择一个。</translation>
    </message>
    <message>
        <source>Daily</source>
        <translation>每日</translation>
    </message>
    <message>
        <source>Made by hand</source>
        <translation>手动</translation>
    </message>
    <message>
        <source>Before an upgrade</source>
        <translation>升级前</translation>
    </message>
    <message>
        <source>Choose a backup</source>
        <translation>选择备份</translation>
    </message>
    <message>
        <source>crmdesk backups (*.db);;All files (*)</source>
        <translation>crmdesk 备份 (*.db);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Type the password (or the recovery code) first.</source>
        <translation>请先输入密码（或恢复码）。</translation>
    </message>
    <message>
        <source>Checking the backup and restoring it… a large database takes a minute.</source>
        <translation>正在校验并恢复备份……大型数据库需要一分钟左右。</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>正在停止……</translation>
    </message>
    <message>
        <source>Restore stopped. Nothing was changed.</source>
        <translation>恢复已停止，没有做任何更改。</translation>
    </message>
    <message>
        <source>The backup could not be restored (%1). Nothing was changed.</source>
        <translation>无法恢复该备份（%1），没有做任何更改。</translation>
    </message>
    <message>
        <source>%1 MB</source>
        <translation>%1 MB</translation>
    </message>
</context>
<context>
    <name>RunPage</name>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>&amp;Cancel import</source>
        <translation>取消导入(&amp;C)</translation>
    </message>
    <message>
        <source>Cancelling rolls back the whole import: nothing from this file is kept.</source>
        <translation>取消将回滚整个导入：不会保留此文件中的任何内容。</translation>
    </message>
    <message>
        <source>New customers:</source>
        <translation>新建客户：</translation>
    </message>
    <message>
        <source>Existing customers updated:</source>
        <translation>已更新的已有客户：</translation>
    </message>
    <message>
        <source>Duplicates skipped:</source>
        <translation>已跳过的重复客户：</translation>
    </message>
    <message>
        <source>Invalid rows rejected:</source>
        <translation>已拒绝的无效行：</translation>
    </message>
    <message>
        <source>&amp;Undo this import</source>
        <translation>撤销本次导入(&amp;U)</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>正在导入 %1…</translation>
    </message>
    <message>
        <source>Cancelling: rolling back everything imported so far…</source>
        <translation>正在取消：回滚目前已导入的全部内容…</translation>
    </message>
    <message>
        <source>Wrote %1 customers; building the search index and saving…</source>
        <translation>已写入 %1 个客户；正在建立搜索索引并保存…</translation>
    </message>
    <message>
        <source>Imported %1 of %2 customers…</source>
        <translation>已导入 %1 / %2 个客户…</translation>
    </message>
    <message>
        <source>The import is complete.</source>
        <translation>导入已完成。</translation>
    </message>
    <message>
        <source>The import was cancelled. Nothing was imported: your customers are as they were.</source>
        <translation>导入已取消。未导入任何内容，您的客户数据保持不变。</translation>
    </message>
    <message>
        <source>The import failed. Nothing was imported.</source>
        <translation>导入失败，未导入任何内容。</translation>
    </message>
    <message>
        <source>Undo this import</source>
        <translation>撤销本次导入</translation>
    </message>
    <message>
        <source>Remove the customers this import created and restore the ones it updated?</source>
        <translation>要移除本次导入新建的客户，并恢复其更新过的客户吗？</translation>
    </message>
    <message>
        <source>The import was undone.</source>
        <translation>已撤销本次导入。</translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <source>Welcome to crmdesk</source>
        <translation>欢迎使用 crmdesk</translation>
    </message>
    <message>
        <source>Your customers stay on this laptop, encrypted. How do you want to start?</source>
        <translation>客户数据加密保存在这台电脑上。您想如何开始？</translation>
    </message>
    <message>
        <source>Create a new encrypted database</source>
        <translation>新建加密数据库</translation>
    </message>
    <message>
        <source>Try a demo database with sample customers</source>
        <translation>试用含示例客户的演示数据库</translation>
    </message>
    <message>
        <source>Open an existing crmdesk database…</source>
        <translation>打开现有的 crmdesk 数据库…</translation>
    </message>
    <message>
        <source>You choose a password; a recovery code is shown once.</source>
        <translation>由您设置密码；恢复码只显示一次。</translation>
    </message>
    <message>
        <source>Realistic Chinese and English customers; its password is shown.</source>
        <translation>包含逼真的中英文示例客户，并显示其密码。</translation>
    </message>
    <message>
        <source>For example a database copied from another laptop.</source>
        <translation>例如从另一台电脑复制来的数据库。</translation>
    </message>
</context>
<context>
    <name>StoreError</name>
    <message>
        <source>The database could not be opened.</source>
        <translation>无法打开数据库。</translation>
    </message>
    <message>
        <source>Wrong password or recovery code. Nothing was changed; try again.</source>
        <translation>密码或恢复码错误。未做任何更改，请重试。</translation>
    </message>
    <message>
        <source>The key file next to the database is missing. Put the .key file that belongs to this database back beside it, or restore a backup.</source>
        <translation>数据库旁的密钥文件缺失。请将属于该数据库的 .key 文件放回数据库所在的文件夹，或从备份恢复。</translation>
    </message>
    <message>
        <source>The key file next to the database is damaged. Restore it from a backup copy.</source>
        <translation>数据库旁的密钥文件已损坏。请从备份副本中恢复该文件。</translation>
    </message>
    <message>
        <source>There is no database at this location.</source>
        <translation>此位置没有数据库。</translation>
    </message>
    <message>
        <source>A file already exists at this location. crmdesk never creates a database over an existing file; choose another name.</source>
        <translation>此位置已存在文件。crmdesk 绝不会在现有文件上创建数据库，请换一个文件名。</translation>
    </message>
    <message>
        <source>The database file is empty (0 bytes). It holds no data; restore a backup.</source>
        <translation>数据库文件为空（0 字节），不含任何数据。请从备份恢复。</translation>
    </message>
    <message>
        <source>This file is not a crmdesk database (or not the one this key file belongs to).</source>
        <translation>此文件不是 crmdesk 数据库（或与此密钥文件不匹配）。</translation>
    </message>
    <message>
        <source>This is an unencrypted SQLite file, not a crmdesk database. crmdesk only opens its own encrypted databases.</source>
        <translation>这是一个未加密的 SQLite 文件，不是 crmdesk 数据库。crmdesk 只能打开自己的加密数据库。</translation>
    </message>
    <message>
        <source>The database file is damaged (truncated or corrupted pages). Restore a backup.</source>
        <translation>数据库文件已损坏（文件被截断或数据页损坏）。请从备份恢复。</translation>
    </message>
    <message>
        <source>This database was written by a newer crmdesk. Install the newer version to open it; nothing was changed.</source>
        <translation>此数据库由较新版本的 crmdesk 写入。请安装新版本后再打开；未做任何更改。</translation>
    </message>
    <message>
        <source>The backup could not be verified and was not restored. The current database is unchanged.</source>
        <translation>备份未通过校验，因此未恢复。当前数据库保持不变。</translation>
    </message>
    <message>
        <source>The backup was cancelled; no backup file was left behind.</source>
        <translation>备份已取消，没有留下任何备份文件。</translation>
    </message>
    <message>
        <source>There is not enough free disk space for a backup, and the database needs room to keep working. Nothing was written; free some space (older backups are in the backups folder).</source>
        <translation>磁盘剩余空间不足以进行备份，而数据库还需要空间才能继续工作。没有写入任何文件；请释放一些空间（较早的备份在 backups 文件夹中）。</translation>
    </message>
    <message>
        <source>The disk is full. Your last change was not saved; free some space and try again.</source>
        <translation>磁盘已满，最近一次更改未保存。请释放一些空间后重试。</translation>
    </message>
    <message>
        <source>The database file cannot be read or written (permissions, a removed drive, or a disk error). Nothing was saved; check the drive and try again.</source>
        <translation>无法读写数据库文件（可能是权限不足、驱动器已移除或磁盘错误）。未保存任何内容，请检查驱动器后重试。</translation>
    </message>
</context>
<context>
    <name>TimelineModel</name>
    <message>
        <source>Complaint</source>
        <translation>投诉</translation>
    </message>
    <message>
        <source>Grade %1 → %2</source>
        <translation>等级 %1 → %2</translation>
    </message>
    <message>
        <source>Status %1 → %2</source>
        <translation>状态 %1 → %2</translation>
    </message>
    <message>
        <source>Outcome: %1</source>
        <translation>结果：%1</translation>
    </message>
    <message>
        <source>Next step: %1</source>
        <translation>下一步：%1</translation>
    </message>
    <message>
        <source>Resolution: %1</source>
        <translation>处理结果：%1</translation>
    </message>
</context>
<context>
    <name>TimelinePane</name>
    <message>
        <source>&amp;Log follow-up…</source>
        <translation>记录跟进(&amp;L)…</translation>
    </message>
    <message>
        <source>Log a follow-up and confirm the grade</source>
        <translation>记录跟进并确认客户等级</translation>
    </message>
    <message>
        <source>Add &amp;note…</source>
        <translation>添加备注(&amp;N)…</translation>
    </message>
    <message>
        <source>Add &amp;feedback…</source>
        <translation>添加反馈(&amp;F)…</translation>
    </message>
    <message>
        <source>Add &amp;order…</source>
        <translation>添加订单(&amp;O)…</translation>
    </message>
    <message>
        <source>Add o&amp;pportunity…</source>
        <translation>添加商机(&amp;P)…</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>时间线</translation>
    </message>
    <message>
        <source>Select a customer to see everything that happened.</source>
        <translation>选择客户以查看其全部历史记录。</translation>
    </message>
    <message>
        <source>No history yet — press %1 to log the first follow-up.</source>
        <translation>暂无历史记录，按 %1 记录首次跟进。</translation>
    </message>
    <message>
        <source>%1 · grade %2 · next follow-up %3</source>
        <translation>%1 · 等级 %2 · 下次跟进 %3</translation>
    </message>
</context>
<context>
    <name>TodayModel</name>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>What</source>
        <translation>事项</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>到期</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>逾期</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>公司</translation>
    </message>
    <message>
        <source>Overdue (%n)</source>
        <translation>逾期（%n）</translation>
    </message>
    <message>
        <source>Due today (%n)</source>
        <translation>今日到期（%n）</translation>
    </message>
    <message>
        <source>Next 7 days (%n)</source>
        <translation>未来 7 天（%n）</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <source>Tomorrow</source>
        <translation>明天</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>昨天</translation>
    </message>
    <message>
        <source>ddd d MMM</source>
        <translation>M月d日 ddd</translation>
    </message>
    <message>
        <source>ddd d MMM yyyy</source>
        <translation>yyyy年M月d日 ddd</translation>
    </message>
    <message>
        <source>Snoozed; first due %1</source>
        <translation>已稍后提醒；原到期日：%1</translation>
    </message>
</context>
<context>
    <name>TodayPane</name>
    <message>
        <source>Today</source>
        <translation>今日</translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <translation>完成(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Snooze</source>
        <translation>稍后提醒(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Open customer</source>
        <translation>打开客户(&amp;O)</translation>
    </message>
    <message>
        <source>Due today and next days</source>
        <translation>今日及近期到期事项</translation>
    </message>
    <message>
        <source>For 1 &amp;hour</source>
        <translation>1 小时后(&amp;H)</translation>
    </message>
    <message>
        <source>Until &amp;tomorrow</source>
        <translation>明天(&amp;T)</translation>
    </message>
    <message>
        <source>Until &amp;next week</source>
        <translation>下周(&amp;N)</translation>
    </message>
    <message>
        <source>Until a &amp;date…</source>
        <translation>指定日期(&amp;D)…</translation>
    </message>
    <message>
        <source>Today — all done</source>
        <translation>今日：已全部完成</translation>
    </message>
    <message>
        <source>Today — %1 overdue, %2 due</source>
        <translation>今日：逾期 %1 项，到期 %2 项</translation>
    </message>
    <message>
        <source>Nothing due today — well done.</source>
        <translation>今天没有到期事项，干得好！</translation>
    </message>
    <message>
        <source>Next due: %1.</source>
        <translation>下次到期：%1。</translation>
    </message>
    <message>
        <source>Nothing is scheduled yet.</source>
        <translation>暂无任何安排。</translation>
    </message>
    <message>
        <source>Log the follow-up…</source>
        <translation>记录跟进…</translation>
    </message>
    <message>
        <source>Mark as done</source>
        <translation>标记为完成</translation>
    </message>
</context>
<context>
    <name>TrayIcon</name>
    <message>
        <source>&amp;Open crmdesk</source>
        <translation>打开 crmdesk(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Snooze all 1 hour</source>
        <translation>全部 1 小时后提醒(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>锁定(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>crmdesk is still running</source>
        <translation>crmdesk 仍在运行</translation>
    </message>
    <message>
        <source>Reminders keep coming from the tray. Use Quit in its menu to stop crmdesk.</source>
        <translation>提醒将继续通过托盘发送。如需关闭 crmdesk，请使用托盘菜单中的“退出”。</translation>
    </message>
    <message>
        <source>crmdesk</source>
        <translation>crmdesk</translation>
    </message>
    <message>
        <source>crmdesk — nothing due today</source>
        <translation>crmdesk — 今日无到期事项</translation>
    </message>
    <message numerus="yes">
        <source>crmdesk — %n due today</source>
        <translation>
            <numerusform>crmdesk — 今日到期 %n 项</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n overdue</source>
        <translation>
            <numerusform>逾期 %n 项</numerusform>
        </translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>已锁定</translation>
    </message>
    <message>
        <source>All reminders…</source>
        <translation>全部提醒…</translation>
    </message>
    <message>
        <source>Nothing due today</source>
        <translation>今日无到期事项</translation>
    </message>
    <message numerus="yes">
        <source>%n follow-up(s) due — unlock to see them</source>
        <translation>
            <numerusform>%n 项跟进到期，解锁后查看</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Today&apos;s follow-ups (%n)</source>
        <translation>
            <numerusform>今日跟进（%n）</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UndoBar</name>
    <message>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <source>Customer deleted: %1</source>
        <translation>已删除客户：%1</translation>
    </message>
</context>
<context>
    <name>UndoImportDialog</name>
    <message>
        <source>Undo an import</source>
        <translation>撤销导入</translation>
    </message>
    <message>
        <source>Undoing an import removes the customers it created and restores the fields of the customers it updated. Later changes to those customers may be lost.</source>
        <translation>撤销导入将移除该次导入新建的客户，并恢复其更新过的客户字段。之后对这些客户所做的更改可能会丢失。</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>导入时间</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>New</source>
        <translation>新建</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>已更新</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>已跳过</translation>
    </message>
    <message>
        <source>Invalid</source>
        <translation>无效</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>No imports yet.</source>
        <translation>暂无导入记录。</translation>
    </message>
    <message>
        <source>&amp;Undo import…</source>
        <translation>撤销导入(&amp;U)…</translation>
    </message>
    <message>
        <source>Undone %1</source>
        <translation>已于 %1 撤销</translation>
    </message>
    <message>
        <source>Undo the import of %1 from %2? %3 customers it created are removed and %4 it updated are restored.</source>
        <translation>要撤销于 %2 导入的文件 %1 吗？该次导入新建的 %3 个客户将被移除，更新过的 %4 个客户将被恢复。</translation>
    </message>
    <message>
        <source>The import of %1 was undone.</source>
        <translation>已撤销文件 %1 的导入。</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <source>Unlock crmdesk</source>
        <translation>解锁 crmdesk</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>密码：</translation>
    </message>
    <message>
        <source>I forgot my password: use the recovery code</source>
        <translation>忘记密码？使用恢复码</translation>
    </message>
    <message>
        <source>Restore from a backup…</source>
        <translation>从备份恢复…</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>解锁</translation>
    </message>
    <message>
        <source>Open another database…</source>
        <translation>打开其他数据库…</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>数据库：%1</translation>
    </message>
    <message>
        <source>Recovery code (e.g. ABCD-EFGH-…):</source>
        <translation>恢复码（例如 ABCD-EFGH-…）：</translation>
    </message>
    <message>
        <source>Type your password first.</source>
        <translation>请先输入密码。</translation>
    </message>
    <message>
        <source>Internal error (%1): the database was not opened. Nothing was changed.</source>
        <translation>内部错误（%1）：未能打开数据库，未做任何更改。</translation>
    </message>
    <message>
        <source>Unlocking…</source>
        <translation>正在解锁…</translation>
    </message>
    <message>
        <source>Restored the backup %1.</source>
        <translation>已恢复备份 %1。</translation>
    </message>
    <message>
        <source>The database it replaced was kept as %1.</source>
        <translation>被替换的数据库已保留为 %1。</translation>
    </message>
    <message>
        <source>Open a crmdesk database</source>
        <translation>打开 crmdesk 数据库</translation>
    </message>
    <message>
        <source>crmdesk databases (*.db);;All files (*)</source>
        <translation>crmdesk 数据库 (*.db);;所有文件 (*)</translation>
    </message>
</context>
<context>
    <name>WelcomeWizard</name>
    <message>
        <source>crmdesk setup</source>
        <translation>crmdesk 设置向导</translation>
    </message>
    <message>
        <source>crmdesk recovery code: %1</source>
        <translation>crmdesk 恢复码：%1</translation>
    </message>
</context>
</TS>
