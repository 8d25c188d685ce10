## 巾帼助手 — 简体中文（默认语言）
## 消息以 Telegram HTML 模式发送；{ $变量 } 中的用户文字会被自动转义。

welcome =
    👋 { $name }，您好！我是<b>巾帼助手</b>，妇联为姐妹们开通的服务小助手。

    我可以帮您：
    • 📢 订阅本地“春风送岗”女性专场招聘会提醒
    • 🤝 报名结对巾帼创业导师
    • 💰 解答创业担保贷款、春蕾计划等政策问题
    • ☎️ 维权求助：12338 妇女维权热线

    请点下面的按钮，或直接打字提问。
start-unknown-link = 这个链接无效或已过期，下面是主菜单。
mydata-line = { $label }：{ $value }
menu-prompt = 请选择您需要的服务：
menu-subscribe = 📢 招聘会提醒
menu-mentor = 🤝 找创业导师
menu-faq = 💰 贷款与救助问答
menu-language = 🌐 语言 Language
menu-faq-prompt = 请直接打字提问，例如：“创业担保贷款怎么申请？”“春蕾计划怎么报名？”
menu-soon = 这项服务正在上线中，敬请期待。您也可以拨打 12338 妇女维权热线，或联系当地妇联。

help =
    <b>巾帼助手可用命令</b>
    /start — 开始，显示主菜单
    /subscribe — 订阅招聘会提醒
    /mysubs — 我的订阅
    /fairs — 近期招聘会
    /stop — 退订全部提醒
    /signup — 报名找创业导师
    /myapplication — 我的报名进度
    /language — 切换语言
    /mydata — 查看我的数据
    /delete — 删除我的全部数据
    /help — 帮助

    也可以直接打字提问贷款、救助、维权等问题。
staff-help =
    <b>工作人员命令</b>
    /newfair — 发布招聘会
    /stats — 订阅与报名统计
    /signups — 创业导师报名
    /broadcast — 群发通知
    /faqmisses — 未能回答的问题

language-choose = 请选择语言 / Choose your language:
language-set = ✅ 已切换为中文。
language-unknown = 暂不支持这种语言。请发送 /language zh 或 /language en。
language-name-zh = 中文
language-name-en = English

mydata-title = <b>我们保存的关于您的全部数据</b>
mydata-empty = 我们没有保存任何关于您的数据。
mydata-section-profile = 基本资料
mydata-section-session = 进行中的对话
mydata-field-locale = 语言
mydata-field-status = 状态
mydata-field-created = 首次使用
mydata-field-seen = 最近使用
mydata-field-stopped = 退订时间
mydata-field-state = 当前步骤
mydata-status-active = 正常
mydata-status-stopped = 已退订
mydata-footer = 如需删除以上全部数据，请发送 /delete。

delete-confirm = 确定要删除我们保存的关于您的<b>全部数据</b>吗？订阅、报名和设置都会被清除，且无法恢复。
delete-yes = 确认删除
delete-no = 取消
delete-done = ✅ 您的数据已全部删除。如需再次使用，发送 /start 即可。
delete-cancelled = 好的，已取消，您的数据没有变动。

error-generic = 抱歉，刚才出了点问题，我们已记录。请稍后再试，或发送 /start 回到主菜单。
fallback = 我没太明白您的意思。请点下面的按钮选择服务，或发送 /help 查看全部命令。
callback-stale = 这个按钮已过期，请重新操作。
staff-only = 抱歉，这个命令仅供妇联工作人员使用。
storage-unavailable = 系统繁忙，您的设置暂时无法保存，请稍后再试。

cmd-start = 开始 / 主菜单
cmd-subscribe = 订阅招聘会提醒
cmd-mysubs = 我的订阅
cmd-fairs = 近期招聘会
cmd-signup = 报名找创业导师
cmd-myapplication = 我的报名进度
cmd-stop = 退订全部提醒
cmd-language = 切换语言 Language
cmd-mydata = 查看我的数据
cmd-delete = 删除我的数据
cmd-help = 帮助

## 地区选择（订阅、招聘会、导师报名共用）
region-prev = ◀ 上一页
region-next = 下一页 ▶
region-whole-city = 整个{ $city }
region-done = ✅ 完成
region-back = ↩ 重选城市
region-choose-city = 请选择城市（点按钮，或输入城市名称、编号）：
region-choose-district = 请选择{ $city }的区县（点按钮，或输入名称、编号）：
region-not-found = 没有找到“{ $text }”。请点按钮，或输入列表中的名称或编号。
region-ambiguous = “{ $text }”可能是：{ $list }。请输入更完整的名称或编号。

## 订阅提醒
sub-topic-fairs = 招聘会
sub-topic-business = 创业与贷款资讯
sub-topic-training = 技能培训
sub-topic-aid = 救助帮扶项目
sub-district-hint = 可以多选，选好后点“完成”；想收到{ $city }全市的消息，点“整个{ $city }”。
sub-choose-topics =
    地区：{ $regions }
    您想收到哪些消息？点按钮选择，再点“确认订阅”。也可以直接输入编号，例如 1 3。
sub-consent = 🔒 订阅即表示您同意我们保存您选择的地区和内容，仅用于给您发送提醒。随时发送 /mydata 查看，/delete 删除，发送“退订”停止全部提醒。
sub-button-confirm = ✅ 确认订阅
sub-need-topic = 请至少选择一项内容。
sub-topics-unknown = 没看懂您的选择。请输入编号（例如 1 3）或内容名称，或点按钮。
sub-saved =
    ✅ 订阅成功！
    地区：{ $regions }
    内容：{ $topics }
    随时发送 /mysubs 查看或修改，发送“退订”停止全部提醒。
sub-mysubs =
    <b>我的订阅</b>
    地区：{ $regions }
    内容：{ $topics }
sub-none = 您还没有订阅任何提醒。
sub-paused = ⏸ 您曾屏蔽机器人，提醒已暂停。点“恢复提醒”即可重新接收。
sub-button-subscribe = 📢 订阅提醒
sub-button-change = ✏️ 修改地区
sub-button-topics = 🗂 修改内容
sub-button-stop = 🔕 全部退订
sub-button-resume = ▶️ 恢复提醒
sub-button-undo = ↩ 撤销
sub-button-resubscribe = 📢 重新订阅
sub-stopped = 🔕 已为您退订全部提醒，今后不会再给您发送通知。想重新订阅，点下面的按钮即可。
sub-resumed = ▶️ 已恢复提醒。
sub-link-done = ✅ 已为您订阅<b>{ $region }</b>的招聘会提醒。
sub-link-already = 您已经订阅了<b>{ $region }</b>的招聘会提醒。
sub-link-unknown = 订阅链接中的地区代码“{ $code }”不存在。请点下面的按钮选择您所在的地区。
sub-undone = ↩ 已撤销，不再发送<b>{ $region }</b>的招聘会提醒。
mydata-section-subscriptions = 订阅
mydata-field-region = 地区
mydata-field-topic = 内容
mydata-field-consent = 同意条款版本
mydata-field-consent-at = 同意时间
mydata-field-source = 来源

## ==== section: fairs (keys of this feature go below this line) ====

## ==== end of section: fairs ====

## ==== section: signup (keys of this feature go below this line) ====

## ==== end of section: signup ====

## ==== section: faq (keys of this feature go below this line) ====

## ==== end of section: faq ====

## ==== section: broadcast (keys of this feature go below this line) ====

## ==== end of section: broadcast ====
