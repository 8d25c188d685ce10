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
    /broadcasts — 群发记录：进度、暂停、继续、取消
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

## 撰写（/broadcast）
bc-ask-message =
    📣 <b>新建群发</b>
    请发送要群发的通知：直接输入文字（会保留粗体、链接和引用格式），或者发送、转发一条带图片或文件的消息。
bc-message-unsupported = 请发送文字、图片或文件（也可以转发一条消息）。
bc-text-empty = 通知内容是空的，请输入要发送的文字。
bc-text-too-long = 这段文字有 { $length } 个字符，Telegram 最多允许 { $max } 个。请删减后重新发送。
bc-label-photo = [图片]
bc-label-document = [文件]
bc-label-video = [视频]
bc-label-animation = [动图]
bc-label-audio = [音频]
bc-label-untitled = 通知
bc-ask-buttons =
    要在下方加链接按钮吗（最多三个）？每行一个，先写按钮文字，再写 https 链接，例如：
    <code>在线报名 - https://example.org/apply</code>
    不需要的话点“跳过”。
bc-buttons-format = 无法识别“{ $line }”。请先写按钮文字，再写链接：<code>在线报名 - https://example.org/apply</code>
bc-buttons-not-https = “{ $line }”中的链接不是安全的 https:// 地址，只能使用 https 链接。
bc-buttons-label = “{ $line }”需要在链接前写 1–40 个字的按钮文字。
bc-buttons-too-many = 最多 { $max } 个按钮，请少发几行。
bc-buttons-added = ✅ 已添加 { $count } 个链接按钮。
bc-button-skip = 跳过 ▶
bc-button-quit = ✖ 取消
bc-quit = 好的，这条群发已放弃，没有发送任何内容。
bc-use-buttons = 请使用上方的按钮，或发送 /cancel 放弃这条群发。
bc-one-message = 一条群发只能是一条消息（相册只会发送第一项）。现在可以输入链接按钮，或点“跳过”。
bc-keep-original = ⚠️ 发送前请不要删除你在这里发的原消息：接收者收到的是它的副本。

## 接收对象
bc-audience =
    <b>发给谁？</b>
    地区：{ $regions }
    主题：{ $topics }
    语言：{ $lang }
    用按钮调整后，点“统计人数并预览”。
bc-audience-everyone = { $scope }全部
bc-audience-zero = ⚠️ 没有符合条件的人（没有有效的订阅者）。请换别的地区、主题或语言。
bc-button-everyone = { $scope }全部
bc-button-regions = 📍 选择地区
bc-button-back-audience = ↩ 返回
bc-button-count = 👁 统计人数并预览
bc-choose-districts = 请选择区县（可多选），然后点“完成”；也可以选整个城市：
bc-lang-all = 所有语言
bc-lang-zh-CN = 中文
bc-lang-en = English

## 预览、时间和确认
bc-preview-below = 👇 <b>预览</b>：接收者看到的就是下面这条。
bc-preview-above = 👆 以上是预览，将发给 <b>{ $count }</b> 人。什么时候发送？
bc-preview-failed = Telegram 拒绝了这条消息（{ $reason }），所以无法发给任何人。请换一种方式重新发送通知（受保护的消息：复制文字，或保存图片后再发送）。
bc-button-now = 🚀 立即发送
bc-button-later = 🕘 定时发送…
bc-button-change-audience = ✏️ 修改接收对象
bc-ask-time = 请输入日期和时间（北京时间，如 { $example }、“12月5日 9:30”或“明天 15:00”），或点下面的建议时间：
bc-time-unknown = 看不懂这个时间，请按 { $example } 的格式输入。
bc-time-past = 这个时间已经过去了，请选一个将来的时间，例如 { $example }。
bc-time-far = 最多只能提前两个月定时，请选一个更近的日期。
bc-when-now = 立即
bc-confirm = 准备就绪：<b>{ $count }</b> 位接收者，发送时间：{ $when }。
bc-confirm-approval = 接收者超过 { $threshold } 人，需要管理员先审批。管理员会看到预览和人数。
bc-confirm-paid = ⚡ 可以使用付费群发：每秒最多 1,000 条（普通约 30 条），约需 { $stars } 个 Telegram Stars（{ $count } × 0.1 ⭐），从机器人余额中扣除。
bc-button-send = ✅ 发送给 { $count } 人
bc-button-send-paid = ⚡ 付费快速发送给 { $count } 人 · 约 { $stars } ⭐
bc-button-ask = 📨 提交管理员审批 · { $count } 人
bc-button-ask-paid = 📨 提交审批（付费）· { $count } 人 · 约 { $stars } ⭐
bc-started = ✅ 已确认。马上开始发送给 { $count } 人，进度会显示在这里。可以用 /broadcasts 暂停或取消。
bc-scheduled = 🕘 已定时：{ $when }（{ $count } 人）。可以用 /broadcasts 查看、暂停或取消。
bc-already = 这条群发已经确认过了，请看 /broadcasts。

## 审批
bc-approval-sent = 📨 已提交给 { $count } 位管理员审批，有结果会通知你。
bc-approval-nobody = ⚠️ 联系不到任何管理员进行审批。请让管理员先打开机器人，然后查看 /broadcasts。
bc-approval-request =
    📨 <b>需要审批</b>
    { $name } 想把上面这条群发（“{ $label }”）发给 <b>{ $count }</b> 人。
    地区：{ $regions }
    主题：{ $topics }
    语言：{ $lang }
    时间：{ $when }
bc-button-approve = ✅ 批准（{ $count } 人）
bc-button-reject = ✖ 驳回
bc-approval-approved = ✅ 你已批准“{ $label }”。
bc-approval-rejected = ✖ 你已驳回“{ $label }”。
bc-decided-already = 这个申请已经处理过了。
bc-approved = ✅ { $name } 批准了你的群发“{ $label }”。发送时间：{ $when }。
bc-rejected = ✖ { $name } 驳回了你的群发“{ $label }”，没有发送任何内容。

## 进度和报告
bc-progress-line = { $bar } { $percent }% · { $done }/{ $total } · { $blocked } 人屏蔽 · { $failed } 条失败
bc-progress-approval = 📨 “{ $label }”等待审批
bc-progress-rejected = ✖ “{ $label }”已被驳回
bc-progress-scheduled = 🕘 “{ $label }”已定时
bc-progress-preparing = ⏳ 正在准备“{ $label }”…
bc-progress-sending = 📣 正在发送“{ $label }”…
bc-progress-paused = ⏸ “{ $label }”已暂停
bc-progress-cancelled = ✖ “{ $label }”已取消
bc-progress-done = ✅ “{ $label }”已发送完毕
bc-report-done =
    ✅ <b>群发完成</b>：“{ $label }”
    用时 { $duration }，接收者 { $total } 人。
    送达：{ $sent } · 屏蔽了机器人：{ $blocked } · 失败：{ $failed } · 跳过（期间已退订）：{ $skipped }
bc-report-cancelled =
    ✖ <b>群发已取消</b>：“{ $label }”
    进行了 { $duration }，接收者 { $total } 人。
    送达：{ $sent } · 屏蔽了机器人：{ $blocked } · 失败：{ $failed } · 跳过：{ $skipped }
bc-duration-h = { $h }小时{ $m }分
bc-duration-m = { $m }分{ $s }秒
bc-duration-s = { $s }秒

## /broadcasts
bc-list-head = 📣 <b>最近和定时的群发</b>
bc-list-empty = 还没有群发。发送 /broadcast 开始一条。
bc-list-item = <b>{ $n }.</b> { $label } · <i>{ $status }</i> · { $when }
bc-list-planned = { $count } 人（确认时统计）
bc-status-approval = 等待审批
bc-status-rejected = 已驳回
bc-status-scheduled = 已定时
bc-status-preparing = 准备中
bc-status-sending = 发送中
bc-status-paused = 已暂停
bc-status-cancelled = 已取消
bc-status-done = 已完成
bc-button-pause = ⏸ { $n }
bc-button-resume = ▶ { $n }
bc-button-cancel = ✖ { $n }
bc-button-refresh = 🔄 刷新
bc-button-paid-on = ⚡ 开启付费群发
bc-button-paid-off = ⚡ 关闭付费群发（目前已开启）
bc-paid-on = 已开启付费群发：工作人员确认时可以选择。
bc-paid-off = 已关闭付费群发。
bc-cancel-ask = 取消“{ $label }”？{ $total } 人中已处理 { $done } 人，其余的人将不会收到。
bc-button-cancel-yes = 确定取消
bc-button-cancel-no = 不取消
bc-done-paused = 已暂停：{ $label }
bc-done-scheduled = 已恢复定时：{ $label }
bc-done-preparing = 已继续：{ $label }
bc-done-sending = 已继续：{ $label }
bc-done-cancelled = 已取消：{ $label }
bc-mydata-section = 通知
bc-mydata-received = 收到通知

## ==== end of section: broadcast ====
