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
## Job fairs: announcements, cards and buttons (what subscribers see)
fair-menu = 📅 Upcoming job fairs
fair-announce-header = 📢 <b>Spring Breeze job fair for women</b>
fair-cancel-header = ❌ <b>Job fair cancelled</b>
fair-cancel-body = We are sorry: this job fair has been cancelled. For questions, contact the organiser or your local women's federation.
fair-reminder-header = ⏰ <b>Reminder: job fair tomorrow</b>
fair-reminder-body = You signed up for this job fair. See you tomorrow! Bring your CV and ID card. If anything changes, contact: { $contact }
fair-change-header = ✏️ <b>The time or place of a job fair you signed up for has changed.</b> The details now are:
fair-card =
    <b>{ $title }</b>
    🕘 When: { $when }
    📍 Where: { $venue } ({ $region })
    🏢 Employers: { $employers } · Positions: { $positions }
    👩 For: { $targets }

    { $description }

    ☎️ Contact: { $contact }
fair-card-link = 🔗 Register: <a href="{ $link }">{ $link }</a>
fair-short =
    <b>{ $title }</b>
    🕘 { $when }
    📍 { $venue } ({ $region })
fair-target-students = Female university students
fair-target-rural = Rural women
fair-target-homemaking = Homemaking
fair-target-all = All women looking for work
fair-button-attend = I'll attend
fair-button-attending = ✅ Attending · tap to undo
fair-button-unattend = I can't come
fair-button-calendar = Add to calendar
fair-button-details = Details
fair-button-list = 📅 Upcoming fairs
fair-button-all = Show all fairs
fair-button-open = No. { $n }
fair-you-attend = ✅ You are attending. We will remind you at 9:00 the day before.
fair-is-cancelled = ❌ This job fair has been cancelled.
fair-is-over = This job fair is over.
fair-unknown = There is no job fair "{ $id }": the link may be wrong or the fair removed. Send /fairs for upcoming fairs.
fair-preview-only = This is a preview; the buttons work once it is published.
fair-closed-short = This job fair is cancelled or over.
fair-rsvp-done-short = ✅ You're attending
fair-rsvp-already = You have already signed up.
fair-rsvp-undone-short = Sign-up withdrawn
fair-rsvp-done = ✅ You're signed up for <b>{ $title }</b>. We will remind you at 9:00 the day before; if you can't come, tap "Attending · tap to undo".
fair-rsvp-undone = ↩ Your sign-up for <b>{ $title }</b> is withdrawn.
fair-ics-caption = 📅 <b>{ $title }</b>: open this file to add it to your calendar.
fair-list-mine = 📅 <b>Upcoming job fairs in your regions</b> ({ $count })
fair-list-all = 📅 <b>Upcoming job fairs</b> ({ $count })
fair-list-none = No job fairs are coming up yet. Subscribe and we will tell you as soon as one is announced: /subscribe
fair-list-none-mine = No job fairs are coming up in your regions yet.
mydata-section-fairs = Job fairs
mydata-field-rsvp = Signed up for
mydata-field-fair-announce = Announcement received
mydata-field-fair-cancel = Cancellation received
mydata-field-fair-reminder = Reminder received
mydata-field-fair-change = Change notice received
mydata-field-stopped-by = Why alerts stopped
mydata-stopped-by-user = you unsubscribed
mydata-field-lang = Telegram language
mydata-stopped-by-blocked = you blocked the bot

## Job fairs: staff
fair-ask-title = 📝 <b>New job fair</b> (step 1 of 10)
    Type the <b>title</b> (up to { $max } characters), e.g. Spring Breeze job fair for women
fair-ask-when = Type the <b>date and time</b> (Beijing time), e.g. 2026-06-09 14:00, 6月9日 14:00, 6月9日下午2点, 明天上午9点, June 9 2pm
fair-ask-venue = Type the <b>venue</b> (up to { $max } characters), e.g. Weifang HR Market, ground floor hall
fair-ask-region = In which <b>city</b> is the fair held? Tap a button, or type the city's name or number:
fair-ask-district = In which <b>district or county</b> of { $city }? Tap a button, or type its name or number:
fair-ask-employers = How many <b>employers</b> take part? Type a number, e.g. 51
fair-ask-positions = How many <b>positions</b> are offered? Type a number, e.g. 2600
fair-ask-targets = Who is the fair <b>for</b>? Choose one or more, then tap "Next"; or type the numbers, e.g. 1 3.
fair-ask-description = Type the <b>description</b> (up to { $max } characters): employers, jobs, pay, what to bring.
fair-ask-contact = Type the <b>contact</b> (up to { $max } characters), e.g. City Women's Federation 0536-1234567
fair-ask-link = If there is a <b>registration link</b>, type it (it must start with https://); otherwise tap "Skip".
fair-date-ok = 🕘 When: { $when } ✓
fair-bad-text-empty = This cannot be empty; please type it again.
fair-bad-text-too-long = Too long: at most { $max } characters, you typed { $count }. Please shorten it and send it again.
fair-bad-date-unreadable = I could not read "{ $text }" as a date and time. Please write it like 2026-06-09 14:00, 6月9日下午2点 or tomorrow 9am.
fair-bad-date-no-time = Please add the <b>time</b> too, e.g. 6月9日下午2点 or 2026-06-09 14:00.
fair-bad-date-past = That time has already passed. Please give a time in the future, e.g. 明天上午9点 or 2026-06-09 14:00.
fair-bad-date-too-far = That is more than two years away; please check the year, e.g. 2026-06-09 14:00.
fair-bad-count = Please type a number from 0 to { $max }, e.g. 51
fair-bad-targets = Please choose at least one: tap the buttons, type the numbers (e.g. 1 3), or "all".
fair-bad-link = The link must be a full address starting with https://, e.g. https://example.com/register. If there is none, tap "Skip".
fair-out-of-scope = That region is outside your area; please choose one you are responsible for.
fair-field-title = Title
fair-field-when = Date and time
fair-field-venue = Venue
fair-field-region = Region
fair-field-employers = Employers
fair-field-positions = Positions
fair-field-targets = For whom
fair-field-description = Description
fair-field-contact = Contact
fair-field-link = Registration link
fair-button-next = Next ▶
fair-button-skip = Skip
fair-button-quit = ✖ Discard
fair-button-publish = ✅ Publish
fair-button-save = ✅ Save changes
fair-button-change = ✏️ Change
fair-button-back = ↩ Back to preview
fair-button-edit = ✏️ Edit
fair-button-cancel = ❌ Cancel fair
fair-button-cancel-yes = Cancel it and notify
fair-button-cancel-no = Keep it
fair-button-qr = 🔗 Poster link and QR code
fair-preview-title = 👀 <b>Preview</b>: subscribers will get the message below.
fair-preview-ask = If it is right, tap "Publish": subscribers to job-fair alerts in the chosen region will be notified.
fair-preview-edit = Tap "Save changes" to keep them. If the time or venue changed, those who signed up are told.
fair-preview-use-buttons = Please use the buttons above: publish, change or discard.
fair-change-which = What do you want to change?
fair-form-quit = Discarded; nothing was saved.
fair-form-none = No job fair is being written right now.
fair-need-id = Please add the fair's number, e.g. /{ $command } 12 (numbers are in /stats)
fair-closed = Job fair #{ $id } is cancelled or over and can no longer be changed.
fair-published-sending = ✅ Job fair #{ $id } <b>{ $title }</b> is published; notifying subscribers…
fair-published-sent = ✅ Job fair #{ $id } <b>{ $title }</b> is published; { $sent } subscribers notified.
fair-published-sending-more = ✅ Job fair #{ $id } <b>{ $title }</b> is published; { $sent } subscribers notified so far, the rest within minutes.
fair-saved = ✅ Changes to job fair #{ $id } <b>{ $title }</b> are saved.
fair-saved-sending = ✅ Changes saved; notifying those who signed up…
fair-saved-sent = ✅ Changes to job fair #{ $id } <b>{ $title }</b> are saved; { $sent } attendees notified.
fair-saved-sending-more = ✅ Changes to job fair #{ $id } <b>{ $title }</b> are saved; { $sent } attendees notified so far, the rest within minutes.
fair-cancel-confirm = Cancel job fair #{ $id } <b>{ $title }</b>? Everyone who was told about it and everyone who signed up will be notified.
fair-cancel-kept = All right, the fair is not cancelled.
fair-cancelled-sending = ❌ Job fair #{ $id } <b>{ $title }</b> is cancelled; notifying…
fair-cancelled-sent = ❌ Job fair #{ $id } <b>{ $title }</b> is cancelled; { $sent } people notified.
fair-cancelled-sending-more = ❌ Job fair #{ $id } <b>{ $title }</b> is cancelled; { $sent } people notified so far, the rest within minutes.
fair-poster =
    🔗 Poster link for <b>{ $title }</b> (#{ $id }):
    { $link }
    Scanning the QR code opens this fair in Jinguo.
fair-stats-title = 📊 <b>Statistics</b>: { $scope }
fair-stats-everywhere = the whole province
fair-stats-total = Total
fair-stats-area = <b>{ $name }</b>: { $total } subscribers ({ $topics })
fair-stats-empty-areas = { $count } other cities have no subscribers yet.
fair-stats-fairs = <b>Upcoming fairs</b> ({ $count }):
fair-stats-footer = Manage a fair: /editfair number, /cancelfair number, /fairqr number (poster QR code).
fair-stats-fair = #{ $id } { $title }: { $rsvps } signed up, { $told } told

## ==== end of section: fairs ====

## ==== section: signup (keys of this feature go below this line) ====

## ==== end of section: signup ====

## ==== section: faq (keys of this feature go below this line) ====

## ==== end of section: faq ====

## ==== section: broadcast (keys of this feature go below this line) ====

## ==== end of section: broadcast ====
