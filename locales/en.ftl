## Jinguo — English
## Messages are sent in Telegram HTML mode; user text in { $variables } is escaped automatically.

welcome =
    👋 Hello { $name }! I am <b>Jinguo</b>, the Women's Federation helper.

    I can help you:
    • 📢 get alerts for local job fairs for women (Spring Breeze)
    • 🤝 sign up for a women's entrepreneurship mentor
    • 💰 answer questions on start-up loans, the Spring Bud Program and other aid
    • ☎️ get help with your rights: the 12338 women's hotline

    Tap a button below, or just type your question.
start-unknown-link = That link is invalid or has expired. Here is the main menu.
mydata-line = { $label }: { $value }
menu-prompt = What would you like to do?
menu-subscribe = 📢 Job-fair alerts
menu-mentor = 🤝 Find a mentor
menu-faq = 💰 Loans & aid Q&A
menu-language = 🌐 Language 语言
menu-faq-prompt = Just type your question, for example: "How do I apply for a start-up loan?" or "What is the Spring Bud Program?"
menu-soon = This service is coming soon. Meanwhile you can call the 12338 women's hotline or contact your local Women's Federation.

help =
    <b>Jinguo commands</b>
    /start — start, show the main menu
    /subscribe — job-fair alerts
    /mysubs — my subscriptions
    /fairs — upcoming job fairs
    /stop — stop all alerts
    /signup — sign up for a mentor
    /myapplication — my application
    /language — change language
    /mydata — see my data
    /delete — delete all my data
    /help — help

    You can also just type a question about loans, aid or your rights.
staff-help =
    <b>Staff commands</b>
    /newfair — publish a job fair
    /stats — subscriber and RSVP figures
    /signups — mentor applications
    /broadcast — send an announcement
    /broadcasts — broadcasts: progress, pause, resume, cancel
    /faqmisses — questions we could not answer

language-choose = 请选择语言 / Choose your language:
language-set = ✅ Language set to English.
language-unknown = That language is not available. Send /language zh or /language en.
language-name-zh = 中文
language-name-en = English

mydata-title = <b>Everything we store about you</b>
mydata-empty = We do not store any data about you.
mydata-section-profile = Profile
mydata-section-session = Conversation in progress
mydata-field-locale = Language
mydata-field-status = Status
mydata-field-created = First contact
mydata-field-seen = Last contact
mydata-field-stopped = Unsubscribed at
mydata-field-state = Current step
mydata-status-active = active
mydata-status-stopped = unsubscribed
mydata-footer = To delete all of the above, send /delete.

delete-confirm = Delete <b>all the data</b> we store about you? Subscriptions, applications and settings will be erased for good.
delete-yes = Yes, delete
delete-no = Cancel
delete-done = ✅ All your data has been deleted. Send /start whenever you want to come back.
delete-cancelled = OK, cancelled. Nothing was changed.

error-generic = Sorry, something went wrong on our side and we have logged it. Please try again later, or send /start for the main menu.
fallback = Sorry, I did not understand that. Tap a button below, or send /help for all commands.
callback-stale = This button has expired. Please start again.
staff-only = Sorry, this command is for Women's Federation staff only.
storage-unavailable = The system is busy and could not save your setting. Please try again later.

cmd-start = Start / main menu
cmd-subscribe = Job-fair alerts
cmd-mysubs = My subscriptions
cmd-fairs = Upcoming job fairs
cmd-signup = Sign up for a mentor
cmd-myapplication = My application
cmd-stop = Stop all alerts
cmd-language = Language 语言
cmd-mydata = See my data
cmd-delete = Delete my data
cmd-help = Help

## Region picker (shared by subscriptions, job fairs and mentor sign-up)
region-prev = ◀ Previous
region-next = Next ▶
region-whole-city = All of { $city }
region-done = ✅ Done
region-back = ↩ Choose another city
region-choose-city = Choose your city (tap a button, or type its name or number):
region-choose-district = Choose a district or county in { $city } (tap, or type its name or number):
region-not-found = I could not find “{ $text }”. Tap a button, or type a name or number from the list.
region-ambiguous = “{ $text }” could be: { $list }. Please type the fuller name or its number.

## Alerts subscriptions
sub-topic-fairs = Job fairs
sub-topic-business = Entrepreneurship & loans news
sub-topic-training = Training
sub-topic-aid = Aid programmes
sub-district-hint = You can pick several, then tap “Done”; for news from all of { $city }, tap “All of { $city }”.
sub-choose-topics =
    Regions: { $regions }
    What would you like to hear about? Tap to choose, then “Subscribe”. You can also type the numbers, e.g. 1 3.
sub-consent = 🔒 By subscribing you agree that we keep the regions and topics you chose, only to send you alerts. See them any time with /mydata, erase them with /delete, or send “stop” to stop all alerts.
sub-button-confirm = ✅ Subscribe
sub-need-topic = Please choose at least one topic.
sub-topics-unknown = I did not understand that choice. Type the numbers (e.g. 1 3) or topic names, or tap the buttons.
sub-saved =
    ✅ You are subscribed!
    Regions: { $regions }
    Topics: { $topics }
    Send /mysubs to see or change this any time, or “stop” to stop all alerts.
sub-mysubs =
    <b>My subscriptions</b>
    Regions: { $regions }
    Topics: { $topics }
sub-none = You have no subscriptions yet.
sub-paused = ⏸ You blocked the bot, so alerts are paused. Tap “Resume alerts” to get them again.
sub-button-subscribe = 📢 Subscribe to alerts
sub-button-change = ✏️ Change regions
sub-button-topics = 🗂 Change topics
sub-button-stop = 🔕 Stop all alerts
sub-button-resume = ▶️ Resume alerts
sub-button-undo = ↩ Undo
sub-button-resubscribe = 📢 Subscribe again
sub-stopped = 🔕 All your alerts are stopped; we will not send you notices any more. To subscribe again, tap the button below.
sub-resumed = ▶️ Alerts resumed.
sub-link-done = ✅ You are now subscribed to job-fair alerts for <b>{ $region }</b>.
sub-link-already = You are already subscribed to job-fair alerts for <b>{ $region }</b>.
sub-link-unknown = The region code “{ $code }” in this subscription link does not exist. Tap the button below to choose your region.
sub-undone = ↩ Undone: no more job-fair alerts for <b>{ $region }</b>.
mydata-section-subscriptions = Subscriptions
mydata-field-region = Region
mydata-field-topic = Topic
mydata-field-consent = Consent version
mydata-field-consent-at = Consent given
mydata-field-source = Source

## ==== section: fairs (keys of this feature go below this line) ====

## ==== end of section: fairs ====

## ==== section: signup (keys of this feature go below this line) ====

## ==== end of section: signup ====

## ==== section: faq (keys of this feature go below this line) ====

## ==== end of section: faq ====

## ==== section: broadcast (keys of this feature go below this line) ====

## Composing (/broadcast)
bc-ask-message =
    📣 <b>New broadcast</b>
    Send me the announcement: type the text (bold, links and quotes are kept), or send or forward a post with a photo or document.
bc-message-unsupported = Please send text, a photo or a document (a forwarded post works too).
bc-text-empty = The announcement is empty. Please type the text you want to send.
bc-text-too-long = The text has { $length } characters; Telegram allows at most { $max }. Please shorten it and send it again.
bc-label-photo = [photo]
bc-label-document = [document]
bc-label-video = [video]
bc-label-animation = [animation]
bc-label-audio = [audio]
bc-label-untitled = Announcement
bc-ask-buttons =
    Add up to three link buttons under it? Send one per line, the label then the https link, e.g.
    <code>Apply online - https://example.org/apply</code>
    Or tap “Skip”.
bc-buttons-format = I could not read “{ $line }” as a button. Write the label, then the link: <code>Apply online - https://example.org/apply</code>
bc-buttons-not-https = The link in “{ $line }” is not a secure https:// address. Only https links can be used.
bc-buttons-label = “{ $line }” needs a label of 1–40 characters before the link.
bc-buttons-too-many = At most { $max } buttons, please. Send fewer lines.
bc-buttons-added = ✅ { $count } link button(s) added.
bc-button-skip = Skip ▶
bc-button-quit = ✖ Cancel
bc-quit = OK, the broadcast was discarded. Nothing was sent.
bc-use-buttons = Please use the buttons above, or send /cancel to discard this broadcast.
bc-one-message = A broadcast is one message (of an album, only the first item is sent). Type link buttons now, or tap “Skip”.
bc-keep-original = ⚠️ Please keep your original post in this chat until it is sent: recipients get a copy of it.

## Audience
bc-audience =
    <b>Who should receive it?</b>
    Regions: { $regions }
    Topics: { $topics }
    Language: { $lang }
    Change the choice with the buttons, then tap “Count and preview”.
bc-audience-everyone = everyone in { $scope }
bc-audience-zero = ⚠️ Nobody matches this choice (no active subscribers). Choose other regions, topics or language.
bc-button-everyone = Everyone in { $scope }
bc-button-regions = 📍 Choose regions
bc-button-back-audience = ↩ Back
bc-button-count = 👁 Count and preview
bc-choose-districts = Choose districts or counties (several are fine), then tap “Done”; or take the whole city:
bc-lang-all = All languages
bc-lang-zh-CN = 中文
bc-lang-en = English

## Preview, time and confirmation
bc-preview-below = 👇 <b>Preview</b>: recipients will see exactly this.
bc-preview-above = 👆 That is the preview. It will go to <b>{ $count }</b> recipients. When should it be sent?
bc-preview-failed = Telegram refused this message ({ $reason }), so it cannot be sent to anyone. Please send the announcement again in another way (for a protected post: copy its text or save and send its photo).
bc-button-now = 🚀 Now
bc-button-later = 🕘 Later…
bc-button-change-audience = ✏️ Change the audience
bc-ask-time = Type the date and time (China time, { $example } or “12月5日 9:30” or “tomorrow 15:00”), or tap a suggestion:
bc-time-unknown = I could not read that time. Please type it like { $example }.
bc-time-past = That time has already passed. Please choose a time in the future, e.g. { $example }.
bc-time-far = Broadcasts can be scheduled up to two months ahead. Please choose an earlier date.
bc-when-now = now
bc-confirm = Ready: <b>{ $count }</b> recipients, sending { $when }.
bc-confirm-approval = More than { $threshold } recipients: an admin must approve it first. The admin will see the preview and the count.
bc-confirm-paid = ⚡ Paid broadcast is available: up to 1,000 messages per second instead of about 30, for about { $stars } Telegram Stars ({ $count } × 0.1 ⭐), paid from the bot's balance.
bc-button-send = ✅ Send to { $count } recipients
bc-button-send-paid = ⚡ Send fast (paid) to { $count } · ≈{ $stars } ⭐
bc-button-ask = 📨 Ask an admin to approve · { $count } recipients
bc-button-ask-paid = 📨 Ask to approve, paid · { $count } · ≈{ $stars } ⭐
bc-started = ✅ Confirmed. Sending to { $count } recipients starts in a moment; the progress will appear here. Pause or cancel with /broadcasts.
bc-scheduled = 🕘 Scheduled for { $when } ({ $count } recipients). See, pause or cancel it with /broadcasts.
bc-already = This broadcast was already confirmed. See /broadcasts.

## Approval
bc-approval-sent = 📨 Sent to { $count } admin(s) for approval. You will be told when it is decided.
bc-approval-nobody = ⚠️ No admin could be reached for approval. Ask an admin to open the bot, then see /broadcasts.
bc-approval-request =
    📨 <b>Approval needed</b>
    { $name } wants to send the broadcast above (“{ $label }”) to <b>{ $count }</b> recipients.
    Regions: { $regions }
    Topics: { $topics }
    Language: { $lang }
    When: { $when }
bc-button-approve = ✅ Approve ({ $count })
bc-button-reject = ✖ Reject
bc-approval-approved = ✅ You approved “{ $label }”.
bc-approval-rejected = ✖ You rejected “{ $label }”.
bc-decided-already = This request was already decided.
bc-approved = ✅ { $name } approved your broadcast “{ $label }”. Sending: { $when }.
bc-rejected = ✖ { $name } rejected your broadcast “{ $label }”. Nothing was sent.

## Progress and report
bc-progress-line = { $bar } { $percent }% · { $done }/{ $total } · { $blocked } blocked · { $failed } failed
bc-progress-approval = 📨 “{ $label }” is waiting for approval
bc-progress-rejected = ✖ “{ $label }” was rejected
bc-progress-scheduled = 🕘 “{ $label }” is scheduled
bc-progress-preparing = ⏳ Preparing “{ $label }”…
bc-progress-sending = 📣 Sending “{ $label }”…
bc-progress-paused = ⏸ “{ $label }” is paused
bc-progress-cancelled = ✖ “{ $label }” was cancelled
bc-progress-done = ✅ “{ $label }” is finished
bc-report-done =
    ✅ <b>Broadcast finished</b>: “{ $label }”
    Took { $duration }. Recipients: { $total }.
    Delivered: { $sent } · blocked the bot: { $blocked } · failed: { $failed } · skipped (unsubscribed meanwhile): { $skipped }
bc-report-cancelled =
    ✖ <b>Broadcast cancelled</b>: “{ $label }”
    After { $duration }. Recipients: { $total }.
    Delivered: { $sent } · blocked the bot: { $blocked } · failed: { $failed } · skipped: { $skipped }
bc-duration-h = { $h } h { $m } min
bc-duration-m = { $m } min { $s } s
bc-duration-s = { $s } s

## /broadcasts
bc-list-head = 📣 <b>Recent and scheduled broadcasts</b>
bc-list-empty = No broadcasts yet. Send /broadcast to start one.
bc-list-item = <b>{ $n }.</b> { $label } · <i>{ $status }</i> · { $when }
bc-list-planned = { $count } recipients (counted when confirmed)
bc-status-approval = awaiting approval
bc-status-rejected = rejected
bc-status-scheduled = scheduled
bc-status-preparing = preparing
bc-status-sending = sending
bc-status-paused = paused
bc-status-cancelled = cancelled
bc-status-done = finished
bc-button-pause = ⏸ { $n }
bc-button-resume = ▶ { $n }
bc-button-cancel = ✖ { $n }
bc-button-refresh = 🔄 Refresh
bc-button-paid-on = ⚡ Enable paid broadcast
bc-button-paid-off = ⚡ Disable paid broadcast (now on)
bc-paid-on = Paid broadcast enabled: staff can choose it when confirming.
bc-paid-off = Paid broadcast disabled.
bc-cancel-ask = Cancel “{ $label }”? { $done } of { $total } recipients are already handled; nobody else will get it.
bc-button-cancel-yes = Yes, cancel it
bc-button-cancel-no = No, keep it
bc-done-paused = Paused: { $label }
bc-done-scheduled = Back on schedule: { $label }
bc-done-preparing = Resumed: { $label }
bc-done-sending = Resumed: { $label }
bc-done-cancelled = Cancelled: { $label }
bc-mydata-section = Announcements
bc-mydata-received = Announcement received

## ==== end of section: broadcast ====
