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
    /faqstats — 问答统计与评价
    /faqedits — 问答修改记录（管理员可撤销）
    /faqnew — 写一个新的问答条目

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
faq-greeting = 您好！我是巾帼助手。关于创业贷款、春蕾计划、维权求助这些事，直接打字问我就行，比如“创业贷款怎么申请”。也可以点下面的按钮。
faq-thanks = 不客气！还有问题随时打字问我。遇到急事请拨打 12338 妇女维权热线。
faq-emoji-prompt = 收到啦 😊 有什么想问的，请用文字打出来，比如“妇联有创业贷款吗”“春蕾计划怎么报名”。
faq-voice-prompt = 抱歉，我现在还听不了语音。请把问题用文字打出来，比如“创业贷款怎么申请”；着急的话可以直接拨打 12338。
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

## ==== end of section: broadcast ====
