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
wechat-welcome =
    👋 您好！我是<b>巾帼助手</b>，妇联为姐妹们开通的服务小助手。

    我可以帮您：
    • 📢 订阅本地“春风送岗”女性专场招聘会提醒
    • 🤝 报名结对巾帼创业导师
    • 💰 解答创业担保贷款、春蕾计划等政策问题
    • ☎️ 维权求助：12338 妇女维权热线

    回复下面的数字选择服务，或直接打字提问。
start-unknown-link = 这个链接无效或已过期，下面是主菜单。
mydata-line = { $label }：{ $value }
menu-prompt = 请选择您需要的服务：
intro-after-link = 👋 巾帼助手还可以帮您：订阅招聘会提醒、报名找创业导师、解答创业贷款和春蕾计划等问题；遇到家暴等难处，可拨打 12338 妇女维权热线。点下面的按钮，或直接打字提问。
menu-subscribe = 📢 招聘会提醒
menu-mentor = 🤝 找创业导师
menu-faq = 💰 贷款与救助问答
menu-language = 🌐 语言 Language
menu-faq-prompt = 请直接打字提问，例如：“创业担保贷款怎么申请？”“春蕾计划怎么报名？”
menu-soon = 这项服务正在上线中，敬请期待。您也可以拨打 12338 妇女维权热线，或联系当地妇联。
wechat-menu-fairs = 招聘会
wechat-menu-fairs-list = 近期招聘会
wechat-menu-subscribe = 订阅提醒
wechat-menu-mentor = 找创业导师
wechat-menu-faq = 贷款与救助
wechat-menu-ask = 怎么提问
wechat-menu-12338 = 12338 维权热线
wechat-menu-language = 语言 Language

help-title = <b>巾帼助手可用命令</b>
help-footer = 也可以直接打字提问贷款、救助、维权等问题。
staff-help-title = <b>工作人员命令</b>

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
mydata-session-bc = 正在撰写的群发
mydata-session-bc-value = “{ $label }”，第 { $step }/7 步
mydata-session-fair = 正在填写的招聘会表单
mydata-session-fair-value = “{ $title }”，正在填写：{ $field }
mydata-session-fair-preview = “{ $title }”，待发布
mydata-session-sub = 正在设置的订阅提醒
mydata-session-sub-value = 第 { $step }/3 步，已选 { $count } 个地区
mydata-session-faq = 您最近的提问
mydata-session-faq-value = “{ $question }”
mydata-session-lch = 您刚才的回复（微信）
mydata-session-lch-value = 只存一个校验值（不存文字），2 分钟内用来识别重复发送的消息
mydata-session-scr = 刚给您的编号选项（微信）
mydata-session-scr-value = { $count } 个选项
mydata-session-faqm = 刚查看的未答问题列表
mydata-session-faqm-value = { $count } 条
mydata-session-faqw = 正在编写的问答条目
mydata-session-faqw-new = 新条目“{ $question }”，第 { $step }/4 步
mydata-session-faqw-edit = 修改条目 { $id }，第 { $step }/4 步
mydata-session-signup = 填写中的导师报名表
mydata-session-signup-value = 已回答 { $done }/{ $total } 题
mydata-session-suc = 导师报名的同意说明
mydata-session-suc-value = 已向您显示，您尚未答复
mydata-session-ssnote = 等待您填写的结案备注
mydata-session-ssnote-value = 报名 { $ref }
mydata-session-mtform = 正在录入的导师信息
mydata-session-mtform-new = 新导师，正在填写：{ $field }
mydata-session-mtform-edit = 导师 { $id }，正在修改：{ $field }
mydata-session-unreadable = 一项无法读取的对话记录
mydata-session-unreadable-value = 将在 7 天内自动删除
mydata-status-active = 正常
mydata-status-stopped = 已退订
mydata-footer = 如需删除以上全部数据，请发送 /delete。

delete-confirm = 确定要删除我们保存的关于您的<b>全部数据</b>吗？订阅、报名和设置都会被清除，且无法恢复。
delete-yes = 确认删除
delete-no = 取消
delete-done = ✅ 您的数据已全部删除。如需再次使用，发送 /start 即可。
delete-cancelled = 好的，已取消，您的数据没有变动。

error-generic = 抱歉，刚才出了点问题，我们已记录。请稍后再试，或发送 /start 回到主菜单。
wechat-error = 抱歉，刚才出了点问题，我们已记录。请稍后再试，或回复“菜单”回到主菜单。
fallback = 我没太明白您的意思。请点下面的按钮选择服务，或发送 /help 查看全部命令。
wechat-fallback = 我没太明白您的意思。请回复下面的数字选择服务，或直接打字提问。
wechat-not-yet = 这项服务暂时还不能在微信里办理，我们正在开通中。您可以直接打字提问，也可以拨打 12338 妇女维权热线，或联系当地妇联。
wechat-number-unknown = 没有第 { $number } 项。请回复 1–{ $count } 之间的数字：
wechat-sent-twice = ✅ 这条刚才已经收到了，回复就在上面，不用再发一次。
wechat-options-hint = 回复数字选择：
wechat-file-unavailable = 📎 “{ $name }”是一个文件，微信里暂时不能发送。
wechat-post-unavailable = 📎 这条通知带有图片或文件，微信里暂时只能显示文字。
callback-stale = 这个按钮已过期，请重新操作。
staff-only = 抱歉，这个命令仅供妇联工作人员使用。
storage-unavailable = 系统繁忙，您的设置暂时无法保存，请稍后再试。
cancel-nothing = 现在没有需要取消的操作。需要什么服务，请点下面的按钮。
rate-limited = 消息发得太快了，刚才那条没有处理。请稍等几秒再发一次。

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
cmd-broadcast = 群发通知
cmd-broadcasts = 群发记录：进度、暂停、继续、取消
cmd-faqmisses = 未能回答的问题
cmd-faqstats = 问答统计与评价
cmd-faqedits = 问答修改记录（管理员可撤销）
cmd-faqnew = 写一个新的问答条目
cmd-faqedit = 修改一个问答条目的答案（编号见 /faqstats）
cmd-newfair = 发布招聘会
cmd-editfair = 修改招聘会，报名者会收到变更通知（编号见 /stats）
cmd-cancelfair = 取消招聘会并通知（编号见 /stats）
cmd-fairqr = 招聘会海报的链接和二维码（编号见 /stats）
cmd-stats = 订阅与报名统计
cmd-signups = 创业导师报名
cmd-mentors = 创业导师名单
cmd-console = 打开工作台（网页版管理）
cmd-arg-id = 编号
cmd-arg-entry = 条目编号

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
sub-button-want-training = 📢 订阅培训消息
sub-button-about-training = 📖 了解创业和技能培训
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
sub-undo-expired = ↩ 撤销按钮只在订阅后 { $minutes } 分钟内有效，现在已过期，您的订阅没有变。要修改或退订，发送 /mysubs，或点下面的按钮。
sub-undo-expired-short = 撤销已过期（只在 { $minutes } 分钟内有效），订阅没有变。请发送 /mysubs 修改。
sub-training-alerted = 培训班由各地妇联安排，有培训消息会第一时间发给您（您订阅的地区：{ $regions }）。想现在就打听，可以问当地妇联。
sub-training-none = 培训班由各地妇联安排，开班消息会作为“技能培训”提醒发给订阅了的姐妹。您还没有订阅培训消息：点下面的按钮订阅，有培训时会第一时间通知您。
mydata-section-subscriptions = 订阅
mydata-field-region = 地区
mydata-field-topic = 内容
mydata-field-consent = 同意条款版本
mydata-field-consent-at = 同意时间
mydata-field-source = 来源

## ==== section: fairs (keys of this feature go below this line) ====
## 招聘会：公告、卡片与按钮（订阅者看到的内容）
fair-menu = 📅 近期招聘会
fair-announce-header = 📢 新招聘会：<b>{ $title }</b>
fair-cancel-header = ❌ <b>招聘会已取消</b>
fair-cancel-body = 很抱歉，这场招聘会已取消。如有疑问，请联系主办方或当地妇联。
fair-reminder-header = ⏰ <b>明天的招聘会提醒</b>
fair-reminder-body = 您报名参加了这场招聘会，明天见！记得带上简历和身份证。如有变化，请联系：{ $contact }
fair-change-header = ✏️ <b>您报名的招聘会时间或地点有变化</b>，请以下面的信息为准：
fair-change-header-what = ✏️ <b>您报名的招聘会有变化</b>，请以新的安排为准：
fair-change-line = { $field }：原定{ $was }，改为{ $now }
fair-change-line-edited = { $field }：已修改
fair-change-none = 无
fair-card-title = <b>{ $title }</b>
fair-card =
    🕘 时间：{ $when }
    📍 地点：{ $venue }（{ $region }）
    🏢 参会企业：{ $employers } 家 · 岗位：{ $positions } 个
    👩 面向：{ $targets }

    { $description }

    ☎️ 联系：{ $contact }
fair-card-link = 🔗 报名：<a href="{ $link }">{ $link }</a>
fair-short =
    <b>{ $title }</b>
    🕘 { $when }
    📍 { $venue }（{ $region }）
fair-target-students = 女大学生
fair-target-rural = 农村妇女
fair-target-homemaking = 家政
fair-target-all = 所有求职女性
fair-button-attend = 我要参加
fair-button-attending = ✅ 已报名 · 点此撤销
fair-button-unattend = 我去不了了
fair-button-calendar = 加入日历
fair-button-details = 详情
fair-button-list = 📅 近期招聘会
fair-button-all = 查看全部招聘会
fair-button-alerts = 📢 订阅招聘会提醒
fair-button-open = 第 { $n } 场
fair-you-attend = ✅ 您已报名参加，前一天上午9点会提醒您。
fair-is-cancelled = ❌ 这场招聘会已取消。
fair-is-over = 这场招聘会已经结束。
fair-unknown = 没有找到编号为“{ $id }”的招聘会，可能链接有误或已删除。发送 /fairs 查看近期招聘会。
fair-preview-only = 这是预览，发布后按钮才能使用。
fair-closed-short = 这场招聘会已取消或已结束。
fair-rsvp-done-short = ✅ 已报名
fair-rsvp-already = 您已经报过名了。
fair-rsvp-undone-short = 已取消报名
fair-rsvp-done = ✅ 已为您报名<b>{ $title }</b>。招聘会前一天上午9点会提醒您；去不了的话，点“已报名 · 点此撤销”即可。
fair-rsvp-done-soon = ✅ 已为您报名<b>{ $title }</b>，时间：{ $when }，到时见！去不了的话，点“已报名 · 点此撤销”即可。
fair-rsvp-undone = ↩ 已取消您对<b>{ $title }</b>的报名。
fair-ics-caption = 📅 <b>{ $title }</b>：打开这个文件，即可加入手机日历。
wechat-fair-calendar =
    📅 微信里暂时不能发送日历文件，请把时间地点记到手机日历里：
    { $fair }
fair-list-mine = 📅 <b>您所在地区的近期招聘会</b>（共 { $count } 场）
fair-list-all = 📅 <b>近期招聘会</b>（共 { $count } 场）
fair-list-none-not-subscribed = 近期还没有招聘会。订阅提醒后，有新的招聘会会第一时间通知您：/subscribe
fair-list-none-alerted = 您订阅的地区（{ $regions }）近期还没有招聘会。有新的招聘会，会第一时间通知您。
fair-list-none-no-fair-alerts = 您订阅的地区（{ $regions }）近期还没有招聘会。您目前没有订阅招聘会提醒；想在有新的招聘会时收到通知，点下面的按钮。
mydata-section-fairs = 招聘会
mydata-field-rsvp = 已报名
mydata-field-fair-announce = 收到的招聘会通知
mydata-field-fair-cancel = 收到的取消通知
mydata-field-fair-reminder = 收到的提醒
mydata-field-fair-change = 收到的变更通知
mydata-field-stopped-by = 退订原因
mydata-stopped-by-user = 您发送了退订
mydata-field-lang = Telegram 语言
mydata-field-wechat-last = 您最近一次在微信上留言的时间
mydata-stopped-by-blocked = 您屏蔽了机器人或取消了关注

## 招聘会：工作人员
fair-ask-title = 📝 <b>发布招聘会</b>（第 1 步，共 10 步）
    请输入招聘会的<b>标题</b>（不超过 { $max } 字），例如：春风送岗 · 女性专场招聘会
fair-ask-when = 请输入<b>日期和时间</b>（北京时间），例如：{ $iso }、{ $md }、{ $spoken }、明天上午9点
fair-ask-venue = 请输入<b>地点</b>（不超过 { $max } 字），例如：潍坊市人力资源市场一楼大厅
fair-ask-region = 招聘会在哪个<b>城市</b>举办？点按钮，或输入城市名称、编号：
fair-ask-district = 招聘会在{ $city }的哪个<b>区县</b>？点按钮，或输入名称、编号：
fair-ask-employers = 有多少家<b>企业</b>参会？请输入数字，例如：51
fair-ask-positions = 一共提供多少个<b>岗位</b>？请输入数字，例如：2600
fair-ask-targets = 这场招聘会<b>面向</b>哪些人？可多选，选好后点“下一步”；也可以输入编号，例如 1 3。
fair-ask-description = 请输入<b>介绍</b>（不超过 { $max } 字）：有哪些企业、岗位、待遇，需要带什么材料等。
fair-ask-contact = 请输入<b>联系方式</b>（不超过 { $max } 字），例如：市妇联 0536-1234567
fair-ask-link = 如有<b>报名链接</b>，请输入（必须以 https:// 开头）；没有的话点“跳过”。
fair-date-ok = 🕘 时间：{ $when } ✓
fair-bad-text-empty = 内容不能为空，请重新输入。
fair-bad-text-too-long = 太长了：最多 { $max } 字，您输入了 { $count } 字。请精简后重新输入。
fair-bad-date-unreadable = 没看懂“{ $text }”这个时间。请按这样的格式输入：{ $iso }、{ $spoken } 或 明天上午9点。
fair-bad-date-no-time = 请同时写上<b>几点</b>，例如：{ $spoken } 或 { $md }。
fair-bad-date-past = 这个时间已经过去了，请输入一个将来的时间，例如：明天上午9点 或 { $md }。
fair-bad-date-too-far = 这个时间太远了（两年以后），请检查年份，例如：{ $iso }。
fair-bad-count = 请输入 0 到 { $max } 之间的数字，例如：51
fair-bad-targets = 请至少选择一项：点按钮，或输入编号（例如 1 3），或“全部”。
fair-bad-link = 链接必须是以 https:// 开头的完整网址，例如：https://example.com/baoming 。没有的话点“跳过”。
fair-bad-link-http = 报名链接要以 https:// 开头。您是不是想用 { $link } ？点“用 https 链接”即可；没有的话点“跳过”。
fair-out-of-scope = 这个地区不在您的管理范围内，请选择您负责的地区。
fair-field-title = 标题
fair-field-when = 时间
fair-field-venue = 地点
fair-field-region = 地区
fair-field-employers = 企业数
fair-field-positions = 岗位数
fair-field-targets = 面向人群
fair-field-description = 介绍
fair-field-contact = 联系方式
fair-field-link = 报名链接
fair-button-next = 下一步 ▶
fair-button-skip = 跳过
fair-button-https = ✅ 用 https 链接
fair-button-quit = ✖ 放弃
fair-button-publish = ✅ 发布
fair-button-save = ✅ 保存修改
fair-button-change = ✏️ 修改
fair-button-back = ↩ 返回预览
fair-button-edit = ✏️ 编辑
fair-button-cancel = ❌ 取消招聘会
fair-button-cancel-yes = 确认取消并通知
fair-button-cancel-no = 不取消
fair-button-qr = 🔗 海报链接和二维码
fair-preview-title = 👀 <b>预览</b>：所选地区订阅了招聘会提醒的姐妹们将收到下面这条消息（消息下方的“我要参加”“加入日历”“详情”按钮发布后才能用）。
fair-preview-ask = 确认无误就点“发布”，将通知所选地区订阅了招聘会提醒的姐妹们。
fair-preview-edit = 确认修改就点“保存修改”。
fair-edit-title = 👀 <b>修改预览</b>：招聘会 #{ $id } <b>{ $title }</b>
fair-edit-none = 还没有改动。点“修改”选择要改的一项。
fair-edit-changes = 改动：
fair-edit-notify = 保存后，已报名的 { $count } 人会收到下面这条变更通知：
fair-edit-nobody = 标题、时间、地点或地区有改动，但目前没有人报名，所以不会发通知。修改后的招聘会如下：
fair-edit-silent = 这些改动不会另行通知（标题、时间、地点和地区没有变）；报名的人打开“详情”时会看到新内容。修改后的招聘会如下：
fair-preview-use-buttons = 请点上面的按钮：发布、修改或放弃。
fair-form-quit = 已放弃，没有保存任何内容。
fair-form-none = 当前没有正在填写的招聘会。
fair-need-id = 请在命令后写上招聘会编号，例如：/{ $command } 12（编号见 /stats）
fair-closed = 招聘会 #{ $id } 已取消或已结束，不能再修改。
fair-published-started = ✅ 招聘会 #{ $id } <b>{ $title }</b> 已发布，正在通知订阅者。发送进度和结果会显示在下面。
fair-saved = ✅ 招聘会 #{ $id } <b>{ $title }</b> 的修改已保存。
fair-saved-notifying = ✅ 招聘会 #{ $id } <b>{ $title }</b> 的修改已保存，正在通知 { $count } 位报名者。
fair-cancel-confirm = 确定要取消招聘会 #{ $id } <b>{ $title }</b> 吗？已收到通知的订阅者和所有报名者都会收到取消通知。
fair-cancel-kept = 好的，招聘会没有取消。
fair-cancelled-started = ❌ 招聘会 #{ $id } <b>{ $title }</b> 已取消，正在通知收到过通知的订阅者和所有报名者。发送进度和结果会显示在下面。
## 招聘会通知在群发列表（/broadcasts）和发送报告里的名称
fair-bc-announce = 招聘会通知 #{ $id } { $title }
fair-bc-cancel = 招聘会取消通知 #{ $id } { $title }
fair-bc-reminder = 招聘会提醒 #{ $id } { $title }
fair-bc-change = 招聘会变更通知 #{ $id } { $title }
fair-poster =
    🔗 <b>{ $title }</b>（#{ $id }）的海报链接：
    { $link }
    扫描二维码即可在巾帼助手中打开这场招聘会。
fair-stats-title = 📊 <b>统计</b>：{ $scope }
fair-stats-everywhere = 全省
fair-stats-total = 合计
fair-stats-area = <b>{ $name }</b>：{ $total } 人订阅（{ $topics }）
fair-stats-empty-areas = 其余 { $count } 个城市暂无订阅者。
fair-stats-fairs = <b>近期招聘会</b>（{ $count } 场）：
fair-stats-footer = 管理招聘会：/editfair 编号、/cancelfair 编号、/fairqr 编号（海报二维码）。
fair-stats-fair = #{ $id } { $title }：{ $rsvps } 人报名，已通知 { $told } 人

sub-form-cancelled = 好的，已退出订阅设置，您的订阅没有变动。
sub-stop-ask = 您是想退订全部提醒吗？确认的话，请点下面的按钮。
## ==== end of section: fairs ====

## ==== section: signup (keys of this feature go below this line) ====

## 报名表（申请人）
signup-consent =
    🤝 <b>报名结对巾帼创业导师</b>

    开始前请您了解：
    • <b>收集什么、为什么</b>：姓名、手机号、所在城市和区县、创业阶段、行业、需要的帮助和业务简介，只用于为您匹配创业导师并与您联系。
    • <b>谁能看到</b>：您所在城市妇联的工作人员。
    • <b>保存多久</b>：未提交的草稿保存 7 天；提交后保存到报名结束，结束 { $days } 天后删除个人信息，只保留匿名统计数字。
    • <b>查看或删除</b>：随时发送 /mydata 查看，发送 /delete 删除。

    同意后我们再开始提问，一共 7 个问题。
signup-consent-agree = ✅ 同意，开始填写
signup-consent-decline = 不同意
signup-consent-again = 请点下面的“✅ 同意，开始填写”，或直接回复“同意”；不想填写，回复“不同意”。
signup-declined = 好的，我们没有保存任何报名信息。需要时发送 /signup 即可。
signup-step = <b>第 { $n }/{ $total } 步 · { $title }</b>
signup-current = 当前填写：{ $value }
signup-title-name = 姓名
signup-title-phone = 手机号
signup-title-region = 城市和区县
signup-title-stage = 创业阶段
signup-title-industry = 行业
signup-title-needs = 需要的帮助
signup-title-about = 业务简介
signup-ask-name = 请问怎么称呼您？请输入您的姓名（1–30 个字），例如：王丽
signup-ask-phone = 请输入您的手机号（11 位），例如：13812345678。也可以点下面的“📱 发送我的手机号”。
signup-ask-region = 您在哪个城市？点按钮选择，或输入城市名称或编号，例如：潍坊。
signup-region-city = 已选城市：{ $city }。请选择区县，或直接输入区县名称，例如：寿光。
signup-ask-stage = 您的创业走到哪一步了？点按钮，或输入编号，例如：2
signup-ask-industry = 您的生意属于哪个行业？点按钮，或输入名称或编号，例如：电商
signup-ask-needs = 您最需要哪些帮助？可以多选，选好后点“选好了”。也可以直接输入编号，例如：1 3
signup-ask-about = 请用几句话介绍一下您的生意或想法（不超过 500 字），例如：我在寿光种大棚蔬菜，想学习开网店把菜卖到外地。
signup-stage-idea = 还只是想法
signup-stage-young = 经营不到一年
signup-stage-established = 经营一年以上
signup-industry-farming = 种植养殖
signup-industry-crafts = 手工艺品
signup-industry-ecommerce = 电子商务
signup-industry-catering = 餐饮
signup-industry-homemaking = 家政服务
signup-industry-retail = 零售
signup-industry-other = 其他
signup-needs-finance = 融资贷款
signup-needs-marketing = 营销销售
signup-needs-skills = 技能培训
signup-needs-management = 经营管理
signup-needs-legal = 法律咨询
signup-needs-done = ✅ 选好了
signup-none = （未填写）
signup-back = « 上一步
signup-back-review = « 返回核对
signup-cancel = ✖ 取消报名
signup-phone-share = 📱 发送我的手机号
signup-phone-saved = ✅ 手机号已记下：{ $phone }
signup-ok = 好的。
signup-error-name-empty = 姓名不能为空，请输入您的姓名，例如：王丽
signup-error-name-long = 姓名最多 { $max } 个字（您输入了 { $length } 个字），请输入简短一些的称呼。
signup-error-name-digits = 姓名里不能有数字。请只输入姓名，例如：王丽（手机号下一步再填）。
signup-error-name-letters = 请输入您的姓名或称呼，方便工作人员联系您，例如：王丽
signup-error-phone-chars = 手机号只能包含数字（可以带空格、短横线或 +86），例如 13812345678
signup-error-phone-country = 目前只支持中国大陆手机号（+86），例如 13812345678
signup-error-phone-length = 手机号应为11位数字，例如 13812345678（您输入了 { $length } 位）
signup-error-phone-prefix = 手机号应以 13–19 开头，例如 13812345678
signup-error-contact-other = 请分享<b>您自己</b>的手机号：点“📱 发送我的手机号”，或直接输入号码。
signup-error-contact-foreign = 这个号码不是中国大陆手机号。请直接输入您的 11 位手机号，例如 13812345678
signup-error-region = 没有找到“{ $text }”。请点按钮选择，或输入山东省内的城市或区县名称，例如：潍坊、寿光。
signup-error-choice = 没看懂您的选择。请点按钮，或输入 1–{ $count } 的编号或选项名称。
signup-error-choice-ambiguous = 这个回答符合不止一个选项，请点按钮，或输入编号。
signup-error-needs = 没看懂“{ $text }”。请点按钮，或输入编号，例如：1 3
signup-error-needs-none = 请至少选择一项。
signup-error-about-empty = 请写几句话介绍您的生意或想法。
signup-error-about-long = 简介最多 { $max } 字，您写了 { $length } 字。请精简一些再发送。
signup-error-review = 请点下面的按钮修改或提交，也可以输入“提交”，或输入 1–7 修改对应的一项。
signup-error-not-text = 这一步请直接打字回答。
signup-question-unknown = 这个问题等填完报名后直接发给我就可以，也可以拨打 12338 妇女维权热线。我们先接着填写：
signup-faq-source = 来源：{ $title }（{ $year }）
signup-review-title = <b>请核对您的报名信息</b>
signup-review-line = { $n }. { $label }：{ $value }
signup-review-hint = 需要修改哪一项，就点对应的“修改”按钮；确认无误请点“提交报名”。
signup-edit = ✏️ 修改{ $label }
signup-submit = ✅ 提交报名
signup-submitted =
    ✅ <b>报名成功！</b>您的报名编号是 <b>{ $ref }</b>。

    接下来：您所在城市妇联的工作人员会尽快与您电话联系，了解情况后为您匹配合适的创业导师。
    随时发送 /myapplication 查看进度。
signup-submit-twice = 您的报名刚刚已经提交。发送 /myapplication 查看进度。
signup-already-open = 您已经有一份正在处理的报名（编号 <b>{ $ref }</b>）。同一时间只能有一份报名，您可以查看进度，或撤回后重新报名。
signup-my-show = 📋 查看我的报名
signup-resume = 您有一份没填完的报名（已完成 { $done }/{ $total }）。要从上次停下的地方继续吗？
signup-resume-continue = ▶️ 继续填写
signup-resume-restart = 🔄 重新开始
signup-resume-later = 稍后再说
signup-later = 好的，您填过的内容会保留 7 天。想继续时发送 /signup 即可。
signup-nudge = 👋 您的创业导师报名还没填完（已完成 { $done }/7）。填过的内容保留到 { $until }，点下面的按钮就能接着填。
signup-cancel-confirm = 确定要取消报名吗？已经填写的内容将被删除。
signup-cancel-yes = 确定取消
signup-cancel-no = 继续填写
signup-cancelled = 已取消，您填写的内容已删除。需要时发送 /signup 重新报名。
signup-start-button = 🤝 报名找导师
signup-my-none = 您还没有提交过创业导师报名。
signup-my-title = <b>我的报名 { $ref }</b>
signup-my-status = 状态：{ $status }
signup-my-submitted = 提交时间：{ $time }
signup-my-mentor = 结对导师：{ $mentor }
signup-my-withdrawn = 您已撤回这份报名。
signup-my-closed = 这份报名已结束。
signup-my-note = 工作人员留言：{ $note }
signup-my-next-received = 接下来：工作人员会尽快与您电话联系。
signup-my-next-contacted = 接下来：工作人员正在为您匹配合适的导师。
signup-my-next-matched = 接下来：导师会与您联系，您也可以主动联系导师。
signup-my-next-closed = 如需再次报名，发送 /signup。
signup-status-received = 已收到
signup-status-contacted = 已联系
signup-status-matched = 已匹配导师
signup-status-closed = 已结束
signup-withdraw = 撤回报名
signup-withdraw-confirm = 确定撤回报名 { $ref } 吗？撤回后工作人员将不再跟进。
signup-withdraw-yes = 确定撤回
signup-withdraw-no = 不撤回
signup-withdrawn = 已撤回报名 { $ref }。需要时可以发送 /signup 重新报名。
signup-notice-contacted = 📞 您的报名 { $ref } 已有工作人员跟进，她会和您电话联系。
signup-notice-matched =
    🤝 好消息！您的报名 { $ref } 已为您匹配创业导师：<b>{ $mentor }</b>
    联系方式：{ $contact }
signup-notice-closed = 您的报名 { $ref } 已结束。
signup-mydata-section = 创业导师报名
signup-mydata-draft = 未完成的报名草稿
signup-mydata-consent = 同意时间
signup-mydata-ref = 报名编号
signup-mydata-status = 状态
signup-mydata-submitted = 提交时间
signup-mydata-name = 姓名
signup-mydata-phone = 手机号
signup-mydata-region = 地区
signup-mydata-about = 业务简介
signup-mydata-mentor = 导师
signup-mydata-note = 工作人员留言

## 报名（工作人员）
staff-signup-new = 🆕 <b>新的创业导师报名 { $ref }</b>
staff-signup-line-name = 姓名：{ $value }
staff-signup-line-phone = 手机号：{ $value }
staff-signup-line-region = 地区：{ $value }
staff-signup-line-stage = 阶段：{ $value }
staff-signup-line-industry = 行业：{ $value }
staff-signup-line-needs = 需要：{ $value }
staff-signup-line-about = 简介：{ $value }
staff-signup-line-created = 提交：{ $value }
staff-signup-line-mentor = 导师：{ $value }
staff-signup-line-note = 备注：{ $value }
staff-signup-show-contact = 📞 显示联系方式
staff-signup-open = 📄 打开
staff-signup-contact = { $ref } · { $name }：{ $phone }（已记录查看）
staff-signup-card = <b>报名 { $ref }</b> · { $status }
staff-signup-withdrawn = （申请人已撤回）
staff-signup-withdrawn-notice = ↩ 申请人已撤回报名 { $ref }。
staff-signup-mark-contacted = ☎️ 标记已联系
staff-signup-assign = 🤝 分配导师
staff-signup-close = ✖ 结束报名
staff-signup-to-list = « 报名列表
staff-signup-back-card = « 返回报名
staff-signup-done = ✅ 已更新，并已通知申请人
staff-signup-list-title = <b>创业导师报名 · { $filter }</b>（共 { $total } 份，第 { $page }/{ $pages } 页）
staff-signup-list-line = { $n }. { $ref } · { $name } · { $region } · { $status } · { $time }
staff-signup-list-empty = 没有符合条件的报名。
staff-signup-filter-open = 处理中
staff-signup-filter-all = 全部
staff-signup-filter-received = 已收到
staff-signup-filter-contacted = 已联系
staff-signup-filter-matched = 已匹配
staff-signup-filter-closed = 已结束
staff-signup-filter-unknown = 可用的筛选：/signups open、received、contacted、matched、closed、all
staff-signup-prev = ◀ 上一页
staff-signup-next = 下一页 ▶
staff-signup-export = ⬇️ 导出 CSV
staff-signup-export-full = ⬇️ 导出 CSV（完整手机号）
staff-signup-export-caption = 报名导出，共 { $count } 份（手机号已隐藏中间四位）。
staff-signup-export-caption-full = 报名导出，共 { $count } 份，含完整手机号。本次导出已记录，请妥善保管。
staff-signup-suggest-title = <b>为 { $ref } 分配导师</b>（{ $region } · { $industry }），推荐顺序：
staff-signup-suggest-match = { $n }. ⭐ { $name } · { $industries } · { $region }
staff-signup-suggest-other = { $n }. { $name } · { $industries } · { $region }
staff-signup-no-mentors = { $region }还没有可分配的导师。请先用 /mentors 添加导师。
staff-signup-close-ask = 结束报名 { $ref }：请输入给申请人的留言（会发送给她），或点下面的按钮直接结束。发送 /cancel 放弃。
staff-signup-close-no-note = 不留言，直接结束
staff-signup-close-cancelled = 好的，报名没有结束。
staff-signup-note-empty = 留言不能为空。
staff-signup-note-long = 留言最多 300 字，请精简一些。

## 导师名单（工作人员）
mentor-list-title = <b>创业导师名单</b>（共 { $count } 位，第 { $page }/{ $pages } 页）
mentor-list-empty = 还没有导师。点“添加导师”开始。
mentor-line = { $n }. { $name } · { $industries } · { $region }
mentor-line-inactive = { $n }. ⏸ { $name } · { $industries } · { $region }（已停用）
mentor-add = ➕ 添加导师
mentor-card =
    <b>导师 { $name }</b>（{ $status }）
    行业：{ $industries }
    地区：{ $region }
    联系方式：{ $contact }
mentor-status-active = 在岗
mentor-status-inactive = 已停用
mentor-edit = ✏️ { $field }
mentor-field-name = 姓名
mentor-field-industries = 行业
mentor-field-region = 地区
mentor-field-contact = 联系方式
mentor-deactivate = ⏸ 停用
mentor-reactivate = ▶️ 重新启用
mentor-back = « 导师名单
mentor-ask-name = （{ $n }/{ $total }）请输入导师姓名，例如：李红梅
mentor-ask-industries = （{ $n }/{ $total }）导师擅长哪些行业？输入编号或名称，可多选：1 种植养殖、2 手工艺品、3 电子商务、4 餐饮、5 家政服务、6 零售、7 其他。例如：3 6
mentor-ask-region = （{ $n }/{ $total }）导师所在的城市或区县，例如：潍坊 或 寿光
mentor-ask-contact = （{ $n }/{ $total }）导师的联系方式（会告诉结对的申请人），例如：13900001111 或 微信号
mentor-ask-cancel = 发送 /cancel 放弃。
mentor-added = ✅ 已添加导师 { $name }。
mentor-cancelled = 好的，已放弃，名单没有变动。
mentor-error-name-empty = 导师姓名不能为空，例如：刘芳
mentor-error-name-long = 姓名最多 { $max } 个字（这里有 { $length } 个字）。
mentor-error-name-digits = 姓名里不能有数字；电话请写在联系方式里。
mentor-error-name-letters = 请输入导师的姓名，例如：刘芳
mentor-error-industries = 没看懂“{ $text }”。请输入编号或行业名称，例如：3 6
mentor-error-region = 在您负责的地区里没有找到“{ $text }”。请输入城市或区县名称，例如：寿光。
mentor-error-region-ambiguous = 可能是：{ $list }。请输入更完整的名称。
mentor-error-contact = 联系方式不能为空。
mentor-error-contact-long = 联系方式最多 { $max } 个字。

## ==== end of section: signup ====

## ==== section: faq (keys of this feature go below this line) ====
faq-greeting = 您好！我是巾帼助手。关于创业贷款、春蕾计划、维权求助这些事，直接打字问我就行，比如“创业贷款怎么申请”。也可以点下面的按钮。
faq-thanks = 不客气！还有问题随时打字问我。遇到急事请拨打 12338 妇女维权热线。
faq-ack = 好的 😊 有问题随时直接打字问我，或者点下面的按钮。
faq-emoji-prompt = 收到啦 😊 有什么想问的，请用文字打出来，比如“妇联有创业贷款吗”“春蕾计划怎么报名”。
faq-voice-prompt = 抱歉，我现在还听不了语音。请把问题用文字打出来，比如“创业贷款怎么申请”；着急的话可以直接拨打 12338。
faq-picture-prompt = 收到您发的图片了，不过我还看不了图片和视频 🙏 请把问题用文字打出来，比如“创业贷款怎么申请”。身份证、银行卡这类照片请不要发在这里，保护好您的信息。
faq-file-prompt = 收到您发的文件了，不过我还打不开文件 🙏 请把问题用文字打出来，比如“创业贷款要准备什么材料”。身份证、银行卡这类材料请不要发在这里；报名找导师请发送 /signup，按提示打字填写就行。
faq-location-prompt = 收到您的位置了 📍 想知道附近的招聘会，请发送 /subscribe 订阅您所在的城市，或发送 /fairs 查看近期招聘会；其他问题直接打字问我就行。
faq-contact-prompt = 收到一张联系人名片。这里不需要发名片哦：报名找创业导师时，我会请您填写手机号（发送 /signup）。有问题请直接打字问我。
faq-source = 📄 来源：{ $title }（{ $year }年）· { $reviewed } 核对
faq-followup-signup = 🤝 报名找导师
faq-followup-subscribe = 📢 订阅通知
faq-followup-fairs = 📅 近期招聘会
faq-followup-call12338 = ☎️ 拨打 12338
faq-vote-up = 👍 有用
faq-vote-down = 👎 没用
faq-voted-up = 谢谢您的反馈！
faq-voted-down = 谢谢，我们会改进这个回答。
faq-voted-down-next = 抱歉没帮上忙。您可以换个说法再问一次，或者把问题转给妇联工作人员，有了答案会在这里告诉您；着急请拨打 12338。
faq-did-you-mean = 我不太确定您问的是哪一个，是想问下面这些吗？点一下就能看答案。
faq-no-answer = 抱歉，这个问题我现在答不上来，不想给您说错。您可以：
    • 拨打 <b>12338</b> 妇女维权热线咨询；
    • 点“转给工作人员”，妇联工作人员补充答案后，会在这里发给您。
faq-button-none-of-these = 🙋 都不是，转给工作人员
faq-button-ask-staff = 🙋 转给工作人员
faq-asked = ✅ 已经转给妇联工作人员。有了答案会在这里发给您。着急的话请拨打 12338 妇女维权热线。
faq-ask-full = 这个问题已经有很多姐妹在等答案了，工作人员会尽快补上。着急的话请拨打 12338 妇女维权热线。
faq-call = ☎️ 全国妇联妇女维权热线：<b>12338</b>。可以咨询婚姻家庭、财产、工作方面的法律问题，也可以做心理咨询。正遇到危险请先打 <b>110</b>。
faq-answer-ready = 💡 您之前问的“{ $question }”，妇联工作人员补充了答案：
mydata-section-faq = 问答
mydata-field-faq-question = 转给工作人员的问题
mydata-field-faq-votes = 评价过的回答（条）
faq-locale-zh-CN = 中文
faq-locale-en = English
faq-misses-title = <b>答不上来的问题（{ $locale }）</b>，按被问次数排列：
faq-misses-empty = 目前没有。
faq-miss-line-none = { $n }. “{ $question }” ×{ $count } · 没有找到答案 · 等答复 { $waiting } 人
faq-miss-line-low = { $n }. “{ $question }” ×{ $count } · 不确定，最接近 { $near } · 等答复 { $waiting } 人
faq-miss-line-down = { $n }. “{ $question }” ×{ $count } · 回答了 { $near } 但被点了 👎 · 等答复 { $waiting } 人
faq-misses-other-locale = 看{ $locale }的
faq-misses-help = ➕ 作为新说法加到已有条目　✍️ 写一个新条目　🗑 忽略
faq-miss-dismissed = 已忽略：“{ $question }”。
faq-attach-choose = 把“{ $question }”加到哪个条目？（⭐ 是系统猜的，第 { $page }/{ $pages } 页）
faq-attached = ✅ 已把“{ $question }”作为新说法加到“{ $entry }”（{ $id }），对所有人立即生效。
faq-notified = 已把答案发给 { $sent } 位在等答复的用户。
faq-edit-conflict = 保存失败：别人正在同时修改这个条目，请再试一次。
faq-revert-admins-only = 只有管理员可以撤销修改。
faq-revert-reverted = ↩ 已撤销条目 { $id } 的这次修改，对所有人立即生效。
faq-revert-newer = 条目 { $id } 之后还有更新的修改，请先撤销最新的那次。
faq-revert-unknown = 找不到这次修改了（可能太早已被清理）。
faq-stats-title = <b>问答统计</b>（中英文合计；回答次数 · 👍 · 👎）
faq-stats-line = • { $entry }（{ $id }）：{ $shown } 次 · 👍 { $up } · 👎 { $down }
faq-stats-more = ……还有 { $count } 个条目没有列出。
faq-stats-footer = 待处理的未答问题：中文 { $zhMisses } 条，英文 { $enMisses } 条（/faqmisses）。工作人员修改过的条目：中文 { $zhEdits } 个，英文 { $enEdits } 个（/faqedits）。
faq-edits-title = <b>最近的问答修改（{ $locale }）</b>
faq-edits-empty = 还没有工作人员修改过。
faq-edits-line = { $n }. { $when } · { $id } · { $action } “{ $note }” · 操作人 { $by }
faq-edits-admins-revert = 管理员可以撤销这些修改。
faq-action-phrasing = 加说法
faq-action-new = 新条目
faq-action-answer = 改答案
faq-action-revert = 撤销
faq-write-cancel = ✖ 取消
faq-write-save = 💾 保存
faq-write-question = 请发来这个新条目的问题（群众会怎么问，一句话）。发“取消”可退出。
faq-write-answer = 问题：“{ $question }”
    请发来答案：用大白话，最多 600 字，写清楚找谁办。发“取消”可退出。
faq-write-answer-edit = 请发来条目 { $id } 的新答案：用大白话，最多 600 字。发“取消”可退出。
faq-write-answer-empty = 答案不能是空的，请再发一次。
faq-write-answer-long = 答案有 { $length } 个字，超过了 600 字，请删短一些再发。
faq-write-source = 请发来出处：文件或简报的名称和年份，例如“《济宁年鉴》济宁市妇联条目 2011”或“财金〔2023〕75号 2023”。
faq-write-source-edit = 请发来出处（名称和年份，例如“财金〔2023〕75号 2023”）；出处不变就发“-”。
faq-write-source-bad = 没看到年份。请写出处名称和年份，例如“财金〔2023〕75号 2023”。
faq-write-followups = 回答下面要带哪些按钮？点选后按“保存”。
faq-write-cancelled = 已取消，什么都没改。
faq-write-invalid = 这个条目不完整，没有保存。请用 /faqnew 重新写。
faq-edit-unknown = 没有叫“{ $id }”的条目。用法：/faqedit 条目编号（编号见 /faqstats）。
faq-edit-current = 条目 { $id } 现在的答案：
faq-saved-new = ✅ 新条目 { $id } 已保存，对所有人立即生效。管理员可以在 /faqedits 撤销。
faq-saved-edit = ✅ 条目 { $id } 的答案已更新，对所有人立即生效。管理员可以在 /faqedits 撤销。
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
bc-topic-keep-one = 至少要保留一个主题。
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
bc-ask-time = 请输入日期和时间（北京时间，如 { $iso }、“{ $md }”或“明天 15:00”），或点下面的建议时间：
bc-time-unknown = 看不懂这个时间，请按 { $iso } 的格式输入，或点下面的建议时间。
bc-time-past = 这个时间已经过去了，请选一个将来的时间，例如 { $iso }，或点下面的建议时间。
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
bc-progress-line = { $bar } { $percent }% · { $done }/{ $total } · { $blocked } 人屏蔽 · { $failed } 条失败{ $erased ->
        [0] {""}
       *[other] {" · "}{ $erased } 人已删除数据
    }
bc-progress-channels = Telegram { $tg_done }/{ $tg_total } · 微信 { $wx_done }/{ $wx_total }（其中模板消息 { $wx_template }）
bc-wechat-waiting = ⏸ 微信今日发送上限已到，其余微信用户将从 { $time } 起继续发送。
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
    送达：{ $sent } · 屏蔽了机器人：{ $blocked } · 失败：{ $failed } · 跳过（期间已退订）：{ $skipped }{ $erased ->
        [0] {""}
       *[other] {" · "}期间删除了数据：{ $erased }
    }
bc-report-cancelled =
    ✖ <b>群发已取消</b>：“{ $label }”
    进行了 { $duration }，接收者 { $total } 人。
    送达：{ $sent } · 屏蔽了机器人：{ $blocked } · 失败：{ $failed } · 跳过：{ $skipped }{ $erased ->
        [0] {""}
       *[other] {" · "}期间删除了数据：{ $erased }
    }
bc-report-channels =
    Telegram：送达 { $tg_sent }/{ $tg_total } · 屏蔽了机器人：{ $tg_blocked } · 失败：{ $tg_failed } · 跳过：{ $tg_skipped }
    微信：送达 { $wx_sent }/{ $wx_total }（其中模板消息 { $wx_template }）· 取消关注：{ $wx_blocked } · 失败：{ $wx_failed } · 跳过：{ $wx_skipped }
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

## ==== section: console (keys of this feature go below this line) ====
## 工作台网页（纯文本，不是 Telegram HTML）

console-title = 巾帼助手工作台
console-refused-heading = 请从机器人打开工作台
console-refused-session = 你还没有登录，或者登录已经结束（每次登录 8 小时内有效）。
console-refused-webapp = 无法确认这次从 Telegram 打开时带来的登录信息，或者它已超过 1 小时。
console-refused-link = 这个登录链接已经用过或已经过期：每个链接只能用一次，并在 10 分钟内有效。
console-refused-howto = 在 Telegram 里给 { $bot } 发送 /console，然后点「打开工作台」；在电脑上，可以用浏览器打开它发来的一次性登录链接。
console-refused-staff-heading = 工作台仅供妇联工作人员使用
console-refused-staff = 你的 Telegram 账号不在工作人员名单中。如果你是工作人员，请联系管理员把你加入名单。
console-refused-csrf-heading = 表单已失效
console-refused-csrf = 这次提交没有通过安全检查。请返回并刷新页面后再试。
console-not-found-heading = 页面不存在
console-not-found = 工作台中没有这个页面。
console-signin-webapp = 正在登录工作台…
console-signin-webapp-help = 如果页面没有跳转，请关闭它，在 Telegram 里给 { $bot } 发送 /console 后重新打开。
console-signin-link-heading = 登录工作台
console-signin-link-body = 这是你的一次性登录链接。点下面的按钮登录；登录后 8 小时内有效。
console-signin-link-button = 登录
console-signed-out-heading = 你已退出工作台
console-home-signed-in = 当前登录
console-home-id = Telegram ID { $id }
console-home-role-admin = 管理员（全部地区）
console-home-role-staff = 工作人员：{ $region }
console-home-until = 登录有效至
console-signout = 退出登录

## Staff console: broadcasts
console-bc-title = 群发通知
console-bc-new = ＋ 新建群发
console-bc-empty = 您的范围内还没有群发。
console-bc-back = ← 全部群发
console-bc-planned = 计划发送 { $count } 人
console-bc-progress = { $percent }% · { $done }/{ $total }
console-bc-detail-title = 群发：{ $label }
console-bc-status = 状态
console-bc-when = 发送时间
console-bc-recipients = 收件人
console-bc-progress-heading = 进度
console-bc-channels = 各渠道结果
console-bc-channel = 渠道
console-bc-channel-telegram = Telegram
console-bc-channel-wechat = 微信
console-bc-sent = 已送达
console-bc-blocked = 已屏蔽/已离开
console-bc-failed = 失败
console-bc-skipped = 已跳过
console-bc-erased = 已删除资料
console-bc-template = 其中 { $count } 条为模板消息
console-bc-failures = 发送失败的原因
console-bc-failures-none = 没有发送失败。
console-bc-content = 内容
console-bc-content-copy = 转发的 Telegram 消息（此处不显示其图片或文件）；说明文字：
console-bc-content-none = 此内容无法在这里显示。
console-bc-pause = ⏸ 暂停
console-bc-resume = ▶ 继续
console-bc-cancel = ✖ 取消
console-bc-approve = ✅ 批准
console-bc-cancel-confirm = 确定取消：不会再发给其他人（用于“取消”）。
console-bc-confirm-first = 要取消，请先勾选确认框。
console-bc-reject = ✖ 驳回
console-bc-stale = 没有变化：它的状态已经变了（别人先操作了，或已发送完毕）。
console-bc-did-pause = 已暂停。
console-bc-did-resume = 已继续。
console-bc-did-cancel = 已取消：不会再发给其他人。
console-bc-did-approve = 已批准：将按时发送，并已通知发起人。
console-bc-did-reject = 已驳回：不会发送，并已通知发起人。
console-bc-did-started = 已确认：马上开始发送给 { $count } 人。
console-bc-did-scheduled = 已定时：{ $when } 发送（{ $count } 人）。
console-bc-did-approval = 已提交给 { $asked } 位管理员审批。审批结果会在机器人里通知您。
console-bc-did-approval-nobody = 无法联系到任何管理员审批。请管理员打开机器人或本工作台。
console-bc-did-existing = 这条群发已经确认过了，不会重复发送。
bc-author-id = 工作人员 { $id }
console-bc-compose-title = 新建群发
console-bc-field-text = 通知内容
console-bc-field-links = 链接按钮（可选）
console-bc-field-links-help = 每行一个，先写名称再写 https 链接，例如：在线报名 - https://example.org/apply（最多 3 个）。
console-bc-field-label = 列表中的名称（可选）
console-bc-field-regions = 地区
console-bc-field-regions-help = 不勾选即发给{ $scope }的所有订阅者。
console-bc-scope-only = 将发给您负责的{ $scope }的订阅者。
console-bc-field-topics = 主题
console-bc-field-lang = 语言
console-bc-count-label = 当前收件人数：
console-bc-field-when = 发送时间
console-bc-when-now = 立即
console-bc-when-later = 定时：
console-bc-field-at = 日期和时间
console-bc-field-at-help = 与聊天中的写法相同，例如 { $example }；最多提前两个月。
console-bc-preview-button = 统计人数并预览
console-bc-preview-heading = 预览：收件人看到的就是这样
# 表单问题：聊天中的说法，去掉聊天里的按钮（console-{ 聊天的键 }）。
console-bc-time-unknown = 看不懂这个时间，请按 { $iso } 的格式输入。
console-bc-time-past = 这个时间已经过去了，请选一个将来的时间，例如 { $iso }。
console-bc-buttons-too-many = 最多 { $max } 个按钮，请少写几行。

## Staff console: job fairs
console-fair-title = 招聘会
console-fair-new = ＋ 新建招聘会
console-fair-empty = 您负责的地区暂无即将举行的招聘会。
console-fair-rsvps = { $count } 人报名
console-fair-when-help = 与聊天中的写法相同，例如 { $example } 或 明天上午9点（北京时间）。
console-fair-preview-button = 预览
console-fair-bad-targets = 请至少勾选一项。
console-fair-bad-link = 链接必须是以 https:// 开头的完整网址，例如：https://example.com/baoming 。没有的话请留空。
console-fair-bad-link-http = 报名链接要以 https:// 开头。您是不是想用 { $link } ？没有的话请留空。
console-fair-new-title = 新建招聘会
console-fair-back = ← 全部招聘会
console-fair-detail-title = 招聘会 #{ $id }：{ $title }
console-fair-status = 状态
console-fair-open = 进行中
console-fair-closed = 已取消或已结束
console-fair-rsvps-heading = 报名人数
console-fair-poster = ⬇ 二维码海报（PNG）
console-fair-cancel = ✖ 取消这场招聘会
console-fair-cancel-confirm = 确定：所有收到过通知的人和所有报名的人都会收到取消通知。
console-fair-edit = 修改
console-fair-change = · { $line }
console-fair-did-published = 已发布：正在通知该地区订阅招聘会提醒的用户。
console-fair-did-existing = 这场招聘会已经发布过了，不会重复发布。
console-fair-did-saved = 已保存；需要通知的人正在收到通知。
console-fair-did-unchanged = 没有任何修改，因此没有保存，也没有通知任何人。
console-fair-did-cancelled = 已取消：正在通知所有收到过通知的人和所有报名的人。
console-fair-did-closed = 这场招聘会已取消或已结束，不能再修改。
console-fair-did-confirm = 要取消，请先勾选确认框。

## Staff console: FAQ
console-faq-title = 问答
console-faq-language = 问题的语言
console-faq-lang-zh-CN = 中文问题
console-faq-lang-en = 英文问题
console-faq-misses = 机器人未能回答的问题（按提问次数排序）
console-faq-misses-empty = 目前没有。
console-faq-asked = 被问 { $count } 次
console-faq-kind-none = 没有找到答案
console-faq-kind-low = 机器人不确定
console-faq-kind-down = 已回答但被点 👎
console-faq-waiting = { $count } 人在等回答
console-faq-attach-to = 添加到哪个条目
console-faq-attach = ➕ 添加为问法
console-faq-write = ✍️ 写新条目
console-faq-dismiss = 🗑 忽略
console-faq-new = ✍️ 新条目
console-faq-entries = 条目：展示次数、👍 和 👎
console-faq-entry = 条目
console-faq-shown = 展示
console-faq-history = 修改记录
console-faq-history-empty = 还没有工作人员的修改。
console-faq-action-phrasing = 添加问法
console-faq-action-new = 新条目
console-faq-action-answer = 修改答案
console-faq-action-revert = 撤销
console-faq-revert = ↩ 撤销
console-faq-did-attached = 已添加为问法，对所有人立即生效。
console-faq-did-dismissed = 已忽略。
console-faq-did-saved = 已保存，对所有人立即生效。
console-faq-did-reverted = 已撤销，对所有人立即生效。
console-faq-did-newer = 这个条目有更新的修改，请先撤销最新的那一次。
console-faq-did-unknown = 找不到这次修改了（可能太久了）。
console-faq-did-conflict = 未保存：有人在同一时刻修改了这个条目，请重试。
console-faq-did-existing = 这个条目已经保存过了，不会重复保存。
console-faq-told = 已把答案发给 { $count } 位在等待的人。
console-faq-new-title = 新问答条目（{ $lang }）
console-faq-back = ← 问答
console-faq-field-question = 问题（用一句话，按大家会怎么问来写）
console-faq-field-answer = 答案
console-faq-field-answer-help = 用平实的话，最多 600 字。
console-faq-field-source = 来源和年份
console-faq-field-source-help = 文件或简报的名称和年份，例如 财金〔2023〕75号 2023。
console-faq-field-followups = 答案下方的按钮
console-faq-question-empty = 问题不能为空，请填写。
console-faq-write-answer-empty = 答案不能是空的，请填写。
console-faq-write-answer-long = 答案有 { $length } 个字，超过了 600 字，请删短一些。
console-faq-invalid = 这个条目不完整，没有保存。请检查每一项。


## /console in the bot
console-open-button = 打开工作台
console-bot-intro = 工作台：点下面的「打开工作台」在 Telegram 里打开。
    在电脑上，请用浏览器打开这个一次性登录链接（10 分钟内有效，只能用一次，请勿转发）：
    <a href="{ $link }">登录工作台</a>
console-bot-no-url = 工作台的网址还没有配置（CONSOLE_URL）。请联系管理员。


## Console pages: navigation and overview
console-nav-label = 工作台页面
console-nav-overview = 概览
console-nav-applications = 导师报名
console-nav-mentors = 导师名单
console-nav-fairs = 招聘会
console-nav-broadcasts = 群发
console-nav-faq = 问答
console-ov-subscribers = 订阅者（按地区和主题）
console-ov-area = 地区
console-ov-total = 合计
console-ov-subs-plot = 每周新增和退订的订阅者
console-ov-subs-plot-desc = 最近 { $weeks } 周：新增 { $added } 人，退订 { $stopped } 人。
console-ov-new = 新增
console-ov-stopped = 退订
console-ov-week = 周（周一）
console-ov-people = 人数
console-ov-fairs = 即将举行的招聘会
console-ov-fairs-none = 目前没有即将举行的招聘会。
console-ov-fair = 招聘会
console-ov-when = 时间
console-ov-rsvps = 报名
console-ov-told = 已通知
console-ov-applications = 导师报名（按状态）
console-ov-faq = 问答
console-ov-faq-plot = 每周问答：已回答、不确定、未能回答
console-ov-faq-plot-desc = 最近 { $weeks } 周：已回答 { $answered } 个，不确定 { $unsure } 个，未能回答 { $unanswered } 个。
console-ov-answered = 已回答
console-ov-unsure = 不确定（您是不是想问）
console-ov-unanswered = 未能回答
console-ov-questions = 问题数
console-ov-broadcasts = 最近群发的覆盖情况
console-ov-broadcasts-none = 还没有群发。
console-ov-broadcast = 群发
console-ov-status = 状态
console-ov-recipients = 收件人
console-ov-reached = 已送达
console-ov-not-reached = 未送达


## Console pages: applications
console-app-status = 状态
console-app-county = 区县
console-app-any = 全部
console-app-industry = 行业
console-app-from = 提交日期从
console-app-to = 到
console-app-filter = 筛选
console-app-count = 共 { $total } 份，第 { $page }/{ $pages } 页
console-app-none = 没有符合条件的报名。
console-app-ref = 编号
console-app-name = 姓名
console-app-region = 地区
console-app-submitted = 提交时间
console-app-pages = 翻页
console-app-prev = « 上一页
console-app-next = 下一页 »
console-app-export = 导出 CSV
console-app-export-full = 导出 CSV（完整手机号）
console-app-county-bad = 请从列表中选择你负责范围内的区县。
console-app-industry-bad = 请从列表中选择行业。
console-app-date-bad = 请填写日期，例如 2026-12-07。
console-app-date-order = 结束日期不能早于开始日期。
console-app-phone = 手机号
console-app-stage = 创业阶段
console-app-needs = 需要的帮助
console-app-about = 情况介绍
console-app-mentor = 导师
console-app-note = 备注
console-app-withdrawn = 申请人已撤回
console-app-back = « 全部报名
console-app-show = 显示联系方式
console-app-contacted = 标记为已联系
console-app-assign = 指派导师
console-app-assign-to = 指派给 { $name }
console-app-no-mentors = { $region }还没有可指派的导师。请先在「导师名单」中添加。
console-app-close = 结束这份报名
console-app-close-note = 给申请人的备注（可不填；她会收到）
console-app-done = 已更新，并已通知申请人。
console-app-repeat = 这个表单已经提交过了，没有再做改动。
console-app-stale = 没有改动：这份报名的状态已经变了。


## Console pages: mentors
console-mentor-none = 还没有导师。请在下面添加。
console-mentor-add = 添加导师
console-mentor-added = 已添加导师。
console-mentor-saved = 已保存导师信息。
console-mentor-back = « 导师名单
console-mentor-save = 保存
console-mentor-deactivate = 停用
console-mentor-reactivate = 重新启用

## ==== end of section: console ====

# WeChat wording of the forms (read on WeChat instead of the key without "-wechat"; see src/wechat/turn.ts wechatKey).
region-choose-city-wechat = 请选择城市（回复编号或城市名称）：
region-choose-district-wechat = 请选择{ $city }的区县（回复编号或名称）：
region-not-found-wechat = 没有找到“{ $text }”。请回复列表中的编号或名称。
sub-district-hint-wechat = 可以多选：一次回复几个名称或编号，例如“寿光 青州”或“7 9”；想收到{ $city }全市的消息，回复“整个”。
sub-choose-topics-wechat =
    地区：{ $regions }
    您想收到哪些消息？回复编号，可以一次回复多个，例如 1 3；也可以回复“全部”。
sub-topics-unknown-wechat = 没看懂您的选择。请回复编号（例如 1 3）或内容名称。
signup-consent-again-wechat = 请回复“同意”开始填写；不想填写，回复“不同意”。
signup-ask-phone-wechat = 请输入您的手机号（11 位），例如：13812345678。
signup-ask-region-wechat = 您在哪个城市？回复编号或城市名称，例如：潍坊。
signup-ask-stage-wechat = 您的创业走到哪一步了？回复编号，例如：2
signup-ask-industry-wechat = 您的生意属于哪个行业？回复编号或名称，例如：电商
signup-ask-needs-wechat = 您最需要哪些帮助？可以多选：回复编号，例如：1 3
signup-error-region-wechat = 没有找到“{ $text }”。请回复编号，或输入山东省内的城市或区县名称，例如：潍坊、寿光。
signup-error-choice-wechat = 没看懂您的选择。请回复 1–{ $count } 的编号或选项名称。
signup-error-choice-ambiguous-wechat = 这个回答符合不止一个选项，请回复编号。
signup-error-needs-wechat = 没看懂“{ $text }”。请回复编号，例如：1 3
signup-error-review-wechat = 请回复“提交”提交报名，或回复 1–7 修改对应的一项。
signup-review-hint-wechat = 需要修改哪一项，就回复它的编号；确认无误请回复“提交”。
signup-submitted-wechat =
    ✅ <b>报名成功！</b>您的报名编号是 <b>{ $ref }</b>。

    接下来：您所在城市妇联的工作人员会尽快与您电话联系，了解情况后为您匹配合适的创业导师。
    随时回复“我的报名”查看进度。
signup-submit-twice-wechat = 您的报名刚刚已经提交。回复“我的报名”查看进度。
intro-after-link-wechat = 👋 巾帼助手还可以帮您：订阅招聘会提醒、报名找创业导师、解答创业贷款和春蕾计划等问题；遇到家暴等难处，可拨打 12338 妇女维权热线。回复下面的数字，或直接打字提问。
cancel-nothing-wechat = 现在没有需要取消的操作。需要什么服务，请回复下面的数字，或直接打字提问。
sub-paused-wechat = ⏸ 您的提醒已暂停。回复“恢复提醒”前面的数字即可重新接收。
sub-stopped-wechat = 🔕 已为您退订全部提醒，今后不会再给您发送通知。想重新订阅，回复下面的数字即可。
sub-link-unknown-wechat = 订阅链接中的地区代码“{ $code }”不存在。请回复下面的数字，选择您所在的地区。
sub-undo-expired-wechat = ↩ 撤销只在订阅后 { $minutes } 分钟内有效，现在已过期，您的订阅没有变。要修改或退订，回复“我的订阅”，或回复下面的数字。
sub-training-none-wechat = 培训班由各地妇联安排，开班消息会作为“技能培训”提醒发给订阅了的姐妹。您还没有订阅培训消息：回复下面的数字订阅，有培训时会第一时间通知您。
sub-stop-ask-wechat = 您是想退订全部提醒吗？确认的话，请回复下面的数字。
fair-rsvp-done-wechat = ✅ 已为您报名<b>{ $title }</b>。招聘会前一天上午9点会提醒您；去不了的话，回复“已报名 · 撤销”前面的数字即可。
fair-rsvp-done-soon-wechat = ✅ 已为您报名<b>{ $title }</b>，时间：{ $when }，到时见！去不了的话，回复“已报名 · 撤销”前面的数字即可。
fair-list-none-no-fair-alerts-wechat = 您订阅的地区（{ $regions }）近期还没有招聘会。您目前没有订阅招聘会提醒；想在有新的招聘会时收到通知，回复下面的数字。
fair-button-attending-wechat = ✅ 已报名 · 撤销
signup-nudge-wechat = 👋 您的创业导师报名还没填完（已完成 { $done }/7）。填过的内容保留到 { $until }，回复“找创业导师”就能接着填。
faq-greeting-wechat = 您好！我是巾帼助手。关于创业贷款、春蕾计划、维权求助这些事，直接打字问我就行，比如“创业贷款怎么申请”。也可以回复下面的数字。
faq-ack-wechat = 好的 😊 有问题随时直接打字问我，或者回复下面的数字。
faq-did-you-mean-wechat = 我不太确定您问的是哪一个，是想问下面这些吗？回复数字就能看答案。
faq-no-answer-wechat = 抱歉，这个问题我现在答不上来，不想给您说错。您可以：
    • 拨打 <b>12338</b> 妇女维权热线咨询；
    • 回复“转给工作人员”前面的数字，妇联工作人员补充答案后，会在这里发给您。
