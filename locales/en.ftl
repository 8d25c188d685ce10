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
wechat-welcome =
    👋 Hello! I am <b>Jinguo</b>, the Women's Federation helper.

    I can help you:
    • 📢 get alerts for local job fairs for women (Spring Breeze)
    • 🤝 sign up for a women's entrepreneurship mentor
    • 💰 answer questions on start-up loans, the Spring Bud Program and other aid
    • ☎️ get help with your rights: the 12338 women's hotline

    Reply with a number below, or just type your question.
start-unknown-link = That link is invalid or has expired. Here is the main menu.
mydata-line = { $label }: { $value }
menu-prompt = What would you like to do?
intro-after-link = 👋 Jinguo can also help you: job-fair alerts, a business mentor, answers on start-up loans and aid for girls; in trouble at home, call the 12338 women's hotline. Tap a button below, or type your question.
menu-subscribe = 📢 Job-fair alerts
menu-mentor = 🤝 Find a mentor
menu-faq = 💰 Loans & aid Q&A
menu-language = 🌐 Language 语言
menu-faq-prompt = Just type your question, for example: "How do I apply for a start-up loan?" or "What is the Spring Bud Program?"
menu-soon = This service is coming soon. Meanwhile you can call the 12338 women's hotline or contact your local Women's Federation.
wechat-menu-fairs = Job fairs
wechat-menu-fairs-list = Upcoming fairs
wechat-menu-subscribe = Get alerts
wechat-menu-mentor = Find a mentor
wechat-menu-faq = Loans & aid
wechat-menu-ask = How to ask
wechat-menu-12338 = 12338 hotline
wechat-menu-language = Language 语言

help-title = <b>Jinguo commands</b>
help-footer = You can also just type a question about loans, aid or your rights.
staff-help-title = <b>Staff commands</b>

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
mydata-session-bc = A broadcast you are writing
mydata-session-bc-value = “{ $label }”, step { $step } of 7
mydata-session-fair = A job fair form you are filling in
mydata-session-fair-value = “{ $title }”, now at: { $field }
mydata-session-fair-preview = “{ $title }”, ready to publish
mydata-session-sub = Alerts you are setting up
mydata-session-sub-value = step { $step } of 3, { $count } regions chosen
mydata-session-faq = Your last question
mydata-session-faq-value = “{ $question }”
mydata-session-lch = Your last reply (WeChat)
mydata-session-lch-value = a checksum only (not the text), to know a message sent twice within 2 minutes
mydata-session-scr = The numbered options you were last shown (WeChat)
mydata-session-scr-value = { $count } options
mydata-session-faqm = The missed questions you last viewed
mydata-session-faqm-value = { $count }
mydata-session-faqw = An FAQ entry you are writing
mydata-session-faqw-new = new entry “{ $question }”, step { $step } of 4
mydata-session-faqw-edit = changing entry { $id }, step { $step } of 4
mydata-session-signup = Mentor sign-up form in progress
mydata-session-signup-value = { $done } of { $total } questions answered
mydata-session-suc = The mentor sign-up consent notice
mydata-session-suc-value = shown to you, not answered yet
mydata-session-ssnote = A closing note you were asked for
mydata-session-ssnote-value = application { $ref }
mydata-session-mtform = Mentor details you are entering
mydata-session-mtform-new = a new mentor, now at: { $field }
mydata-session-mtform-edit = mentor { $id }, changing: { $field }
mydata-session-unreadable = A conversation record that can no longer be read
mydata-session-unreadable-value = deleted automatically within 7 days
mydata-status-active = active
mydata-status-stopped = unsubscribed
mydata-footer = To delete all of the above, send /delete.

delete-confirm = Delete <b>all the data</b> we store about you? Subscriptions, applications and settings will be erased for good.
delete-yes = Yes, delete
delete-no = Cancel
delete-done = ✅ All your data has been deleted. Send /start whenever you want to come back.
delete-cancelled = OK, cancelled. Nothing was changed.

error-generic = Sorry, something went wrong on our side and we have logged it. Please try again later, or send /start for the main menu.
wechat-error = Sorry, something went wrong on our side and we have logged it. Please try again later, or reply “menu” for the main menu.
fallback = Sorry, I did not understand that. Tap a button below, or send /help for all commands.
wechat-fallback = Sorry, I did not understand that. Reply with a number below, or just type your question.
wechat-not-yet = This service cannot be used on WeChat yet; we are opening it. You can type your question, call the 12338 women's hotline, or contact your local Women's Federation.
wechat-number-unknown = There is no option { $number }. Reply with a number from 1 to { $count }:
wechat-sent-twice = ✅ That message came a moment ago and was answered above: no need to send it again.
wechat-options-hint = Reply with a number:
wechat-file-unavailable = 📎 “{ $name }” is a file, which cannot be sent on WeChat yet.
wechat-post-unavailable = 📎 This notice has a picture or a file; on WeChat only its text can be shown for now.
callback-stale = This button has expired. Please start again.
staff-only = Sorry, this command is for Women's Federation staff only.
storage-unavailable = The system is busy and could not save your setting. Please try again later.
cancel-nothing = There is nothing to cancel right now. Tap a button below for what you need.
rate-limited = That was too many messages at once, so the last one was not handled. Please wait a few seconds and send it again.

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
cmd-broadcast = Send an announcement
cmd-broadcasts = Broadcasts: progress, pause, resume, cancel
cmd-faqmisses = Questions we could not answer
cmd-faqstats = FAQ figures and feedback
cmd-faqedits = FAQ edits (admins can revert)
cmd-faqnew = Write a new FAQ entry
cmd-faqedit = Change an FAQ entry's answer (ids in /faqstats)
cmd-newfair = Publish a job fair
cmd-editfair = Change a job fair; those who signed up are told (ids in /stats)
cmd-cancelfair = Cancel a job fair and tell everyone (ids in /stats)
cmd-fairqr = A job fair's poster link and QR code (ids in /stats)
cmd-stats = Subscriber and RSVP figures
cmd-signups = Mentor applications
cmd-mentors = Mentor roster
cmd-console = Open the staff console (web)
cmd-arg-id = N
cmd-arg-entry = ID

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
sub-button-want-training = 📢 Get training news
sub-button-about-training = 📖 About business and skills training
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
sub-undo-expired = ↩ The undo button works for { $minutes } minutes after you subscribe; it has expired, and your subscription is unchanged. To change or stop it, send /mysubs or tap a button below.
sub-undo-expired-short = Undo has expired (it works for { $minutes } minutes); nothing changed. Send /mysubs to make changes.
sub-training-alerted = Trainings are run by each local federation; we send you training news as soon as a course is announced (your regions: { $regions }). To ask now, contact your local federation.
sub-training-none = Trainings are run by each local federation, and new courses are sent as training news to those who subscribe. You have no training news yet: tap below to subscribe, and we will tell you when a course is announced.
mydata-section-subscriptions = Subscriptions
mydata-field-region = Region
mydata-field-topic = Topic
mydata-field-consent = Consent version
mydata-field-consent-at = Consent given
mydata-field-source = Source

## ==== section: fairs (keys of this feature go below this line) ====
## Job fairs: announcements, cards and buttons (what subscribers see)
fair-menu = 📅 Upcoming job fairs
fair-announce-header = 📢 New job fair: <b>{ $title }</b>
fair-cancel-header = ❌ <b>Job fair cancelled</b>
fair-cancel-body = We are sorry: this job fair has been cancelled. For questions, contact the organiser or your local women's federation.
fair-reminder-header = ⏰ <b>Reminder: job fair tomorrow</b>
fair-reminder-body = You signed up for this job fair. See you tomorrow! Bring your CV and ID card. If anything changes, contact: { $contact }
fair-change-header = ✏️ <b>The time or place of a job fair you signed up for has changed.</b> The details now are:
fair-change-header-what = ✏️ <b>A job fair you signed up for has changed.</b> Please go by the new arrangements:
fair-change-line = { $field }: was { $was }, now { $now }
fair-change-line-edited = { $field }: changed
fair-change-none = none
fair-card-title = <b>{ $title }</b>
fair-card =
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
fair-button-alerts = 📢 Get job-fair alerts
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
fair-rsvp-done-soon = ✅ You're signed up for <b>{ $title }</b>: { $when }. See you there! If you can't come, tap "Attending · tap to undo".
fair-rsvp-undone = ↩ Your sign-up for <b>{ $title }</b> is withdrawn.
fair-ics-caption = 📅 <b>{ $title }</b>: open this file to add it to your calendar.
wechat-fair-calendar =
    📅 Calendar files cannot be sent on WeChat yet; please add the time and place to your phone's calendar:
    { $fair }
fair-list-mine = 📅 <b>Upcoming job fairs in your regions</b> ({ $count })
fair-list-all = 📅 <b>Upcoming job fairs</b> ({ $count })
fair-list-none-not-subscribed = No job fairs are coming up yet. Subscribe and we will tell you as soon as one is announced: /subscribe
fair-list-none-alerted = No job fairs are coming up in your regions ({ $regions }) yet; we will tell you as soon as one is announced.
fair-list-none-no-fair-alerts = No job fairs are coming up in your regions ({ $regions }) yet. You have no job-fair alerts; to hear of the next one, tap the button below.
mydata-section-fairs = Job fairs
mydata-field-rsvp = Signed up for
mydata-field-fair-announce = Announcement received
mydata-field-fair-cancel = Cancellation received
mydata-field-fair-reminder = Reminder received
mydata-field-fair-change = Change notice received
mydata-field-stopped-by = Why alerts stopped
mydata-stopped-by-user = you unsubscribed
mydata-field-lang = Telegram language
mydata-field-wechat-last = Your last message on WeChat
mydata-stopped-by-blocked = you blocked the bot or unfollowed the account

## Job fairs: staff
fair-ask-title = 📝 <b>New job fair</b> (step 1 of 10)
    Type the <b>title</b> (up to { $max } characters), e.g. Spring Breeze job fair for women
fair-ask-when = Type the <b>date and time</b> (Beijing time), e.g. { $iso }, { $md }, { $spoken }, 明天上午9点, { $en }
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
fair-bad-date-unreadable = I could not read "{ $text }" as a date and time. Please write it like { $iso }, { $spoken } or tomorrow 9am.
fair-bad-date-no-time = Please add the <b>time</b> too, e.g. { $spoken } or { $iso }.
fair-bad-date-past = That time has already passed. Please give a time in the future, e.g. tomorrow 9am or { $iso }.
fair-bad-date-too-far = That is more than two years away; please check the year, e.g. { $iso }.
fair-bad-count = Please type a number from 0 to { $max }, e.g. 51
fair-bad-targets = Please choose at least one: tap the buttons, type the numbers (e.g. 1 3), or "all".
fair-bad-link = The link must be a full address starting with https://, e.g. https://example.com/register. If there is none, tap "Skip".
fair-bad-link-http = The link must start with https://. Did you mean { $link }? Tap "Use the https link"; if there is none, tap "Skip".
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
fair-button-https = ✅ Use the https link
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
fair-preview-title = 👀 <b>Preview</b>: subscribers in the chosen region will get the message below (its "I'll attend", "Add to calendar" and "Details" buttons work once it is published).
fair-preview-ask = If it is right, tap "Publish": subscribers to job-fair alerts in the chosen region will be notified.
fair-preview-edit = Tap "Save changes" to keep them.
fair-edit-title = 👀 <b>Edit preview</b>: job fair #{ $id } <b>{ $title }</b>
fair-edit-none = Nothing changed yet. Tap "Change" to pick what to change.
fair-edit-changes = Changes:
fair-edit-notify = When you save, the { $count } people who signed up get this change notice:
fair-edit-nobody = The title, time, venue or district changed, but nobody has signed up yet, so no notice goes out. The fair as changed:
fair-edit-silent = Nobody is told of these changes by a notice (the title, time, venue and district stay the same); those who signed up see them under "Details". The fair as changed:
fair-preview-use-buttons = Please use the buttons above: publish, change or discard.
fair-form-quit = Discarded; nothing was saved.
fair-form-none = No job fair is being written right now.
fair-need-id = Please add the fair's number, e.g. /{ $command } 12 (numbers are in /stats)
fair-closed = Job fair #{ $id } is cancelled or over and can no longer be changed.
fair-published-started = ✅ Job fair #{ $id } <b>{ $title }</b> is published and subscribers are being notified. Progress and the result follow below.
fair-saved = ✅ Changes to job fair #{ $id } <b>{ $title }</b> are saved.
fair-saved-notifying = ✅ Changes to job fair #{ $id } <b>{ $title }</b> are saved; notifying { $count ->
        [one] { $count } attendee
       *[other] { $count } attendees
    }.
fair-cancel-confirm = Cancel job fair #{ $id } <b>{ $title }</b>? Everyone who was told about it and everyone who signed up will be notified.
fair-cancel-kept = All right, the fair is not cancelled.
fair-cancelled-started = ❌ Job fair #{ $id } <b>{ $title }</b> is cancelled; everyone who was told about it and everyone who signed up is being notified. Progress and the result follow below.
## What job-fair notices are called in /broadcasts and in delivery reports
fair-bc-announce = Job fair announcement #{ $id } { $title }
fair-bc-cancel = Job fair cancellation #{ $id } { $title }
fair-bc-reminder = Job fair reminder #{ $id } { $title }
fair-bc-change = Job fair change #{ $id } { $title }
fair-poster =
    🔗 Poster link for <b>{ $title }</b> (#{ $id }):
    { $link }
    Scanning the QR code opens this fair in Jinguo.
fair-stats-title = 📊 <b>Statistics</b>: { $scope }
fair-stats-everywhere = the whole province
fair-stats-total = Total
fair-stats-area = <b>{ $name }</b>: { $total ->
        [one] { $total } subscriber
       *[other] { $total } subscribers
    } ({ $topics })
fair-stats-empty-areas = { $count ->
        [one] { $count } other city has
       *[other] { $count } other cities have
    } no subscribers yet.
fair-stats-fairs = <b>Upcoming fairs</b> ({ $count }):
fair-stats-footer = Manage a fair: /editfair number, /cancelfair number, /fairqr number (poster QR code).
fair-stats-fair = #{ $id } { $title }: { $rsvps } signed up, { $told } told

sub-form-cancelled = All right, I closed the subscription form; your alerts are unchanged.
sub-stop-ask = Do you want to stop all alerts? Tap the button below to confirm.
## ==== end of section: fairs ====

## ==== section: signup (keys of this feature go below this line) ====

## Sign-up form (applicant)
signup-consent =
    🤝 <b>Sign up for a women's entrepreneurship mentor</b>

    Before we start:
    • <b>What we collect, and why</b>: your name, mobile number, city and district, business stage, industry, the help you need and a few words about your business, only to pair you with a mentor and to contact you.
    • <b>Who sees it</b>: the staff of your city's Women's Federation.
    • <b>How long we keep it</b>: an unfinished draft for 7 days; a submitted application until it is closed, and its personal details are deleted { $days } days after that (only anonymous counts stay).
    • <b>See or delete it</b>: send /mydata to see it and /delete to delete it, at any time.

    Once you agree, there are 7 short questions.
signup-consent-agree = ✅ I agree, start
signup-consent-decline = I don't agree
signup-consent-again = Please tap “✅ I agree, start” below, or type “I agree”; if you would rather not, type “no”.
signup-declined = All right, nothing was saved. Send /signup whenever you like.
signup-step = <b>Step { $n }/{ $total } · { $title }</b>
signup-current = Current answer: { $value }
signup-title-name = Name
signup-title-phone = Mobile number
signup-title-region = City and district
signup-title-stage = Business stage
signup-title-industry = Industry
signup-title-needs = Help needed
signup-title-about = About your business
signup-ask-name = What is your name? Type 1–30 characters, for example: Wang Li
signup-ask-phone = Your mobile number (11 digits), for example: 13812345678. Or tap "📱 Share my number" below.
signup-ask-region = Which city are you in? Tap a button, or type the city's name or number, for example: Weifang.
signup-region-city = City: { $city }. Now choose your district, or type its name, for example: Shouguang.
signup-ask-stage = How far along is your business? Tap a button or type its number, for example: 2
signup-ask-industry = Which industry is your business in? Tap a button, or type a name or number, for example: e-commerce
signup-ask-needs = What help do you need most? Choose one or more, then tap "Done". You can also type numbers, for example: 1 3
signup-ask-about = In a few words, tell us about your business or idea (up to 500 characters), for example: I grow greenhouse vegetables in Shouguang and want to learn to sell them online.
signup-stage-idea = Just an idea
signup-stage-young = Running under a year
signup-stage-established = Running a year or more
signup-industry-farming = Planting and breeding
signup-industry-crafts = Handicrafts
signup-industry-ecommerce = E-commerce
signup-industry-catering = Catering
signup-industry-homemaking = Homemaking services
signup-industry-retail = Retail
signup-industry-other = Other
signup-needs-finance = Financing and loans
signup-needs-marketing = Marketing and sales
signup-needs-skills = Skills training
signup-needs-management = Management
signup-needs-legal = Legal questions
signup-needs-done = ✅ Done
signup-none = (not answered)
signup-back = « Back
signup-back-review = « Back to review
signup-cancel = ✖ Cancel sign-up
signup-phone-share = 📱 Share my number
signup-phone-saved = ✅ Number saved: { $phone }
signup-ok = All right.
signup-error-name-empty = Your name cannot be empty. Please type your name, for example: Wang Li
signup-error-name-long = A name can have at most { $max } characters (yours has { $length }). Please type a shorter name.
signup-error-name-digits = A name cannot contain digits. Please type just your name, for example: Wang Li (the phone number comes next).
signup-error-name-letters = Please type your name, so that staff know how to address you, for example: Wang Li
signup-error-phone-chars = A mobile number has only digits (spaces, dashes or +86 are fine), for example 13812345678
signup-error-phone-country = Only mainland China mobile numbers (+86) are supported, for example 13812345678
signup-error-phone-length = A mobile number has 11 digits, for example 13812345678 (you typed { $length })
signup-error-phone-prefix = A mobile number starts with 13–19, for example 13812345678
signup-error-contact-other = Please share <b>your own</b> number: tap "📱 Share my number", or type it.
signup-error-contact-foreign = That is not a mainland China mobile number. Please type your 11-digit number, for example 13812345678
signup-error-region = "{ $text }" was not found. Tap a button, or type a city or district of Shandong, for example: Weifang, Shouguang.
signup-error-choice = I did not understand that choice. Tap a button, or type a number from 1 to { $count } or the option's name.
signup-error-choice-ambiguous = That fits more than one option. Please tap a button or type its number.
signup-error-needs = I did not understand "{ $text }". Tap the buttons, or type numbers, for example: 1 3
signup-error-needs-none = Please choose at least one.
signup-error-about-empty = Please write a few words about your business or idea.
signup-error-about-long = At most { $max } characters, please; yours has { $length }. Please shorten it and send it again.
signup-error-review = Tap a button below to change or submit, type "submit", or type 1–7 to change that answer.
signup-error-not-text = Please type your answer for this step.
signup-question-unknown = You can ask me that once the form is done, or call the 12338 women's hotline. Let's finish this first:
signup-faq-source = Source: { $title } ({ $year })
signup-review-title = <b>Please check your application</b>
signup-review-line = { $n }. { $label }: { $value }
signup-review-hint = Tap "Edit" next to anything you want to change; when all is right, tap "Submit".
signup-edit = ✏️ Edit { $label }
signup-submit = ✅ Submit
signup-submitted =
    ✅ <b>Application received!</b> Your reference number is <b>{ $ref }</b>.

    What happens next: a staff member of your city's Women's Federation will phone you soon, learn about your business and pair you with a suitable mentor.
    Send /myapplication at any time to see where it stands.
signup-submit-twice = Your application was submitted a moment ago. Send /myapplication to see where it stands.
signup-already-open = You already have an application in progress (reference <b>{ $ref }</b>). You can have one at a time: see where it stands, or withdraw it to apply again.
signup-my-show = 📋 My application
signup-resume = You have an unfinished sign-up ({ $done }/{ $total } answered). Continue where you stopped?
signup-resume-continue = ▶️ Continue
signup-resume-restart = 🔄 Start over
signup-resume-later = Later
signup-later = All right. Your answers are kept for 7 days; send /signup when you want to continue.
signup-nudge = 👋 Your mentor sign-up is not finished yet ({ $done }/7 answered). Your answers are kept until { $until }; tap below to carry on.
signup-cancel-confirm = Cancel your sign-up? Your answers so far will be deleted.
signup-cancel-yes = Yes, cancel
signup-cancel-no = Keep going
signup-cancelled = Cancelled; your answers were deleted. Send /signup to start again.
signup-start-button = 🤝 Find a mentor
signup-my-none = You have not submitted a mentor application yet.
signup-my-title = <b>My application { $ref }</b>
signup-my-status = Status: { $status }
signup-my-submitted = Submitted: { $time }
signup-my-mentor = Mentor: { $mentor }
signup-my-withdrawn = You withdrew this application.
signup-my-closed = This application is closed.
signup-my-note = Note from the staff: { $note }
signup-my-next-received = Next: a staff member will phone you soon.
signup-my-next-contacted = Next: the staff are finding a suitable mentor for you.
signup-my-next-matched = Next: your mentor will contact you, and you are welcome to contact her first.
signup-my-next-closed = To apply again, send /signup.
signup-status-received = received
signup-status-contacted = contacted
signup-status-matched = matched with a mentor
signup-status-closed = closed
signup-withdraw = Withdraw application
signup-withdraw-confirm = Withdraw application { $ref }? The staff will stop following it up.
signup-withdraw-yes = Yes, withdraw
signup-withdraw-no = No, keep it
signup-withdrawn = Application { $ref } withdrawn. Send /signup whenever you want to apply again.
signup-notice-contacted = 📞 A staff member is following up your application { $ref } and will phone you.
signup-notice-matched =
    🤝 Good news! Your application { $ref } is matched with a mentor: <b>{ $mentor }</b>
    Contact: { $contact }
signup-notice-closed = Your application { $ref } has been closed.
signup-mydata-section = Mentor sign-up
signup-mydata-draft = Unfinished sign-up draft
signup-mydata-consent = Consent given
signup-mydata-ref = Reference
signup-mydata-status = Status
signup-mydata-submitted = Submitted
signup-mydata-name = Name
signup-mydata-phone = Mobile number
signup-mydata-region = Region
signup-mydata-about = About the business
signup-mydata-mentor = Mentor
signup-mydata-note = Note from the staff

## Sign-ups (staff)
staff-signup-new = 🆕 <b>New mentor application { $ref }</b>
staff-signup-line-name = Name: { $value }
staff-signup-line-phone = Mobile: { $value }
staff-signup-line-region = Region: { $value }
staff-signup-line-stage = Stage: { $value }
staff-signup-line-industry = Industry: { $value }
staff-signup-line-needs = Needs: { $value }
staff-signup-line-about = About: { $value }
staff-signup-line-created = Submitted: { $value }
staff-signup-line-mentor = Mentor: { $value }
staff-signup-line-note = Note: { $value }
staff-signup-show-contact = 📞 Show contact
staff-signup-open = 📄 Open
staff-signup-contact = { $ref } · { $name }: { $phone } (this look is logged)
staff-signup-card = <b>Application { $ref }</b> · { $status }
staff-signup-withdrawn = (withdrawn by the applicant)
staff-signup-withdrawn-notice = ↩ The applicant withdrew application { $ref }.
staff-signup-mark-contacted = ☎️ Mark contacted
staff-signup-assign = 🤝 Assign a mentor
staff-signup-close = ✖ Close
staff-signup-to-list = « Applications
staff-signup-back-card = « Back to the application
staff-signup-done = ✅ Updated; the applicant has been told
staff-signup-list-title = <b>Mentor applications · { $filter }</b> ({ $total } in all, page { $page }/{ $pages })
staff-signup-list-line = { $n }. { $ref } · { $name } · { $region } · { $status } · { $time }
staff-signup-list-empty = No applications match.
staff-signup-filter-open = open
staff-signup-filter-all = all
staff-signup-filter-received = received
staff-signup-filter-contacted = contacted
staff-signup-filter-matched = matched
staff-signup-filter-closed = closed
staff-signup-filter-unknown = Filters: /signups open, received, contacted, matched, closed, all
staff-signup-prev = ◀ Previous
staff-signup-next = Next ▶
staff-signup-export = ⬇️ Export CSV
staff-signup-export-full = ⬇️ Export CSV (full numbers)
staff-signup-export-caption = Applications export, { $count } rows (mobile numbers masked).
staff-signup-export-caption-full = Applications export, { $count } rows, with full mobile numbers. This export is logged; keep the file safe.
staff-signup-suggest-title = <b>Assign a mentor to { $ref }</b> ({ $region } · { $industry }), best first:
staff-signup-suggest-match = { $n }. ⭐ { $name } · { $industries } · { $region }
staff-signup-suggest-other = { $n }. { $name } · { $industries } · { $region }
staff-signup-no-mentors = There are no mentors to assign in { $region } yet. Add some with /mentors first.
staff-signup-close-ask = Closing { $ref }: type a note for the applicant (she will receive it), or tap below to close without one. Send /cancel to keep it open.
staff-signup-close-no-note = Close without a note
staff-signup-close-cancelled = All right, the application stays open.
staff-signup-note-empty = The note cannot be empty.
staff-signup-note-long = A note can have at most 300 characters.

## Mentor roster (staff)
mentor-list-title = <b>Mentor roster</b> ({ $count } in all, page { $page }/{ $pages })
mentor-list-empty = No mentors yet. Tap "Add a mentor" to start.
mentor-line = { $n }. { $name } · { $industries } · { $region }
mentor-line-inactive = { $n }. ⏸ { $name } · { $industries } · { $region } (inactive)
mentor-add = ➕ Add a mentor
mentor-card =
    <b>Mentor { $name }</b> ({ $status })
    Industries: { $industries }
    Region: { $region }
    Contact: { $contact }
mentor-status-active = active
mentor-status-inactive = inactive
mentor-edit = ✏️ { $field }
mentor-field-name = Name
mentor-field-industries = Industries
mentor-field-region = Region
mentor-field-contact = Contact
mentor-deactivate = ⏸ Deactivate
mentor-reactivate = ▶️ Reactivate
mentor-back = « Mentor roster
mentor-ask-name = ({ $n }/{ $total }) The mentor's name, for example: Li Hongmei
mentor-ask-industries = ({ $n }/{ $total }) Which industries does the mentor know? Numbers or names, one or more: 1 planting and breeding, 2 handicrafts, 3 e-commerce, 4 catering, 5 homemaking, 6 retail, 7 other. For example: 3 6
mentor-ask-region = ({ $n }/{ $total }) The mentor's city or district, for example: Weifang or Shouguang
mentor-ask-contact = ({ $n }/{ $total }) How to reach the mentor (given to the applicants she is paired with), for example: 13900001111 or a WeChat ID
mentor-ask-cancel = Send /cancel to give up.
mentor-added = ✅ Mentor { $name } added.
mentor-cancelled = All right, nothing changed in the roster.
mentor-error-name-empty = The mentor's name cannot be empty, for example: Liu Fang
mentor-error-name-long = A name can have at most { $max } characters (this one has { $length }).
mentor-error-name-digits = A name cannot contain digits; the phone number goes under the contact.
mentor-error-name-letters = Please type the mentor's name, for example: Liu Fang
mentor-error-industries = I did not understand "{ $text }". Type numbers or industry names, for example: 3 6
mentor-error-region = "{ $text }" was not found in your region. Type a city or district name, for example: Shouguang.
mentor-error-region-ambiguous = It could be: { $list }. Please type a fuller name.
mentor-error-contact = The contact cannot be empty.
mentor-error-contact-long = A contact can have at most { $max } characters.

## ==== end of section: signup ====

## ==== section: faq (keys of this feature go below this line) ====
faq-greeting = Hello! I am Jinguo. Just type your question about start-up loans, the Spring Bud Program or your rights, for example "How do I apply for a start-up loan?". Or tap a button below.
faq-thanks = You're welcome! Ask me anything else any time. In an emergency call the 12338 women's hotline.
faq-ack = OK 😊 Type a question any time, or tap a button below.
faq-emoji-prompt = Got it 😊 If you have a question, please type it in words, for example "Can the federation help with a loan?" or "How do I apply for the Spring Bud Program?"
faq-voice-prompt = Sorry, I cannot listen to voice messages yet. Please type your question, for example "How do I apply for a start-up loan?". If it is urgent, call 12338.
faq-picture-prompt = Thanks for the picture, but I cannot see pictures or videos yet 🙏 Please type your question, for example "How do I apply for a start-up loan?". Please do not send photos of your ID card or bank card here: keep them safe.
faq-file-prompt = Thanks for the file, but I cannot open files yet 🙏 Please type your question, for example "What papers do I need for a start-up loan?". Please do not send your ID card or bank card here; to find a mentor, send /signup and type your answers.
faq-location-prompt = Thanks for your location 📍 To hear of job fairs near you, send /subscribe and choose your city, or /fairs for upcoming fairs; anything else, just type your question.
faq-contact-prompt = Thanks, but there is no need to send a contact card here: when you sign up for a mentor, I will ask for your mobile number (send /signup). Just type your question.
faq-source = 📄 Source: { $title } ({ $year }) · checked { $reviewed }
faq-followup-signup = 🤝 Find a mentor
faq-followup-subscribe = 📢 Get alerts
faq-followup-fairs = 📅 Job fairs
faq-followup-call12338 = ☎️ Call 12338
faq-vote-up = 👍 Helpful
faq-vote-down = 👎 Not helpful
faq-voted-up = Thank you for your feedback!
faq-voted-down = Thank you, we will improve this answer.
faq-voted-down-next = Sorry that did not help. You can ask again in other words, or pass your question to federation staff and we will send you their answer here. If it is urgent, call 12338.
faq-did-you-mean = I am not sure which of these you mean. Did you mean one of them? Tap one to see the answer.
faq-no-answer = Sorry, I don't have an answer to that, and I would rather not guess. You can:
    • call the <b>12338</b> women's hotline;
    • tap "Ask staff": when federation staff add an answer, we will send it to you here.
faq-button-none-of-these = 🙋 None of these: ask staff
faq-button-ask-staff = 🙋 Ask staff
faq-asked = ✅ Passed on to federation staff. When they add an answer, we will send it to you here. If it is urgent, call the 12338 women's hotline.
faq-ask-full = Many people are already waiting for an answer to this question; staff will add one soon. If it is urgent, call the 12338 women's hotline.
faq-call = ☎️ The women's rights hotline of the All-China Women's Federation: <b>12338</b>. Ask about the law on marriage, family, property and work, or get psychological counselling. If you are in danger right now, call <b>110</b> first.
faq-answer-ready = 💡 You asked "{ $question }". Federation staff have added an answer:
mydata-section-faq = Questions and answers
mydata-field-faq-question = Question passed to staff
mydata-field-faq-votes = Answers you rated
faq-locale-zh-CN = 中文
faq-locale-en = English
faq-misses-title = <b>Questions we could not answer ({ $locale })</b>, most asked first:
faq-misses-empty = None at the moment.
faq-miss-line-none = { $n }. "{ $question }" ×{ $count } · nothing found · { $waiting } waiting
faq-miss-line-low = { $n }. "{ $question }" ×{ $count } · unsure, closest { $near } · { $waiting } waiting
faq-miss-line-down = { $n }. "{ $question }" ×{ $count } · answered with { $near } but got 👎 · { $waiting } waiting
faq-misses-other-locale = Show { $locale }
faq-misses-help = ➕ add as a phrasing of an entry   ✍️ write a new entry   🗑 dismiss
faq-miss-dismissed = Dismissed: "{ $question }".
faq-attach-choose = Add "{ $question }" to which entry? (⭐ = the bot's guesses; page { $page } of { $pages })
faq-attached = ✅ Added "{ $question }" as a phrasing of "{ $entry }" ({ $id }); it works for everyone now.
faq-notified = The answer was sent to { $sent } people who were waiting.
faq-edit-conflict = Not saved: someone else changed this entry at the same moment. Please try again.
faq-revert-admins-only = Only admins can revert edits.
faq-revert-reverted = ↩ Reverted that change of entry { $id }; it applies to everyone now.
faq-revert-newer = Entry { $id } has a newer change; revert the newest one first.
faq-revert-unknown = That change can no longer be found (it may be too old).
faq-stats-title = <b>FAQ statistics</b> (both languages; times answered · 👍 · 👎)
faq-stats-line = • { $entry } ({ $id }): { $shown } · 👍 { $up } · 👎 { $down }
faq-stats-more = …and { $count } more entries.
faq-stats-footer = Unanswered questions to review: Chinese { $zhMisses }, English { $enMisses } (/faqmisses). Entries edited by staff: Chinese { $zhEdits }, English { $enEdits } (/faqedits).
faq-edits-title = <b>Recent FAQ edits ({ $locale })</b>
faq-edits-empty = No staff edits yet.
faq-edits-line = { $n }. { $when } · { $id } · { $action } "{ $note }" · by { $by }
faq-edits-admins-revert = Admins can revert these edits.
faq-action-phrasing = phrasing added
faq-action-new = new entry
faq-action-answer = answer changed
faq-action-revert = reverted
faq-write-cancel = ✖ Cancel
faq-write-save = 💾 Save
faq-write-question = Send the question of the new entry (how people would ask it, in one sentence). Send "cancel" to stop.
faq-write-answer = Question: "{ $question }"
    Send the answer: plain words, at most 600 characters, saying whom to ask. Send "cancel" to stop.
faq-write-answer-edit = Send the new answer of entry { $id }: plain words, at most 600 characters. Send "cancel" to stop.
faq-write-answer-empty = The answer cannot be empty; please send it again.
faq-write-answer-long = The answer has { $length } characters, more than 600. Please shorten it and send it again.
faq-write-source = Send the source: the name of the document or newsletter and its year, e.g. "Jining Yearbook, Women's Federation entry 2011" or "财金〔2023〕75号 2023".
faq-write-source-edit = Send the source (name and year, e.g. "财金〔2023〕75号 2023"), or "-" to keep the current one.
faq-write-source-bad = I see no year. Please write the source's name and year, e.g. "财金〔2023〕75号 2023".
faq-write-followups = Which buttons should the answer have? Tap to choose, then "Save".
faq-write-cancelled = Cancelled; nothing was changed.
faq-write-invalid = This entry is incomplete and was not saved. Please start again with /faqnew.
faq-edit-unknown = There is no entry "{ $id }". Use: /faqedit entry-id (ids are in /faqstats).
faq-edit-current = The current answer of entry { $id }:
faq-saved-new = ✅ New entry { $id } saved; it works for everyone now. Admins can revert it in /faqedits.
faq-saved-edit = ✅ The answer of entry { $id } is updated for everyone now. Admins can revert it in /faqedits.
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
bc-topic-keep-one = At least one topic must stay chosen.
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
bc-ask-time = Type the date and time (China time, { $iso } or “{ $en }” or “tomorrow 15:00”), or tap a suggestion:
bc-time-unknown = I could not read that time. Please type it like { $iso }, or tap a suggestion.
bc-time-past = That time has already passed. Please choose a time in the future, e.g. { $iso }, or tap a suggestion.
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
bc-progress-line = { $bar } { $percent }% · { $done }/{ $total } · { $blocked } blocked · { $failed } failed{ $erased ->
        [0] {""}
       *[other] {" · "}{ $erased } erased their data
    }
bc-progress-channels = Telegram { $tg_done }/{ $tg_total } · WeChat { $wx_done }/{ $wx_total } ({ $wx_template } as template messages)
bc-wechat-waiting = ⏸ WeChat's daily limit is reached: the rest of WeChat goes out from { $time }.
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
    Delivered: { $sent } · blocked the bot: { $blocked } · failed: { $failed } · skipped (unsubscribed meanwhile): { $skipped }{ $erased ->
        [0] {""}
       *[other] {" · "}{ $erased } erased their data meanwhile
    }
bc-report-cancelled =
    ✖ <b>Broadcast cancelled</b>: “{ $label }”
    After { $duration }. Recipients: { $total }.
    Delivered: { $sent } · blocked the bot: { $blocked } · failed: { $failed } · skipped: { $skipped }{ $erased ->
        [0] {""}
       *[other] {" · "}{ $erased } erased their data meanwhile
    }
bc-report-channels =
    Telegram: { $tg_sent } of { $tg_total } delivered · blocked the bot: { $tg_blocked } · failed: { $tg_failed } · skipped: { $tg_skipped }
    WeChat: { $wx_sent } of { $wx_total } delivered ({ $wx_template } as template messages) · unfollowed: { $wx_blocked } · failed: { $wx_failed } · skipped: { $wx_skipped }
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

## ==== section: console (keys of this feature go below this line) ====
## Staff console web pages (plain text, not Telegram HTML)

console-title = Jinguo staff console
console-refused-heading = Open the console from the bot
console-refused-session = You are not signed in, or your sign-in has ended (each sign-in lasts 8 hours).
console-refused-webapp = The sign-in details Telegram sent when you opened the console could not be verified, or they are more than an hour old.
console-refused-link = This sign-in link has been used or has expired: each link works once, within 10 minutes.
console-refused-howto = In Telegram, send /console to { $bot } and tap "Open console"; on a computer, you can open the one-time sign-in link it sends in a browser.
console-refused-staff-heading = The console is for federation staff only
console-refused-staff = Your Telegram account is not on the staff list. If you are staff, ask an administrator to add you.
console-refused-csrf-heading = This form has expired
console-refused-csrf = This submission did not pass a security check. Go back, reload the page and try again.
console-not-found-heading = Page not found
console-not-found = The console has no such page.
console-signin-webapp = Signing in to the console…
console-signin-webapp-help = If nothing happens, close this page, send /console to { $bot } in Telegram and open it again.
console-signin-link-heading = Sign in to the console
console-signin-link-body = This is your one-time sign-in link. Press the button to sign in; the sign-in lasts 8 hours.
console-signin-link-button = Sign in
console-signed-out-heading = You have signed out of the console
console-home-signed-in = Signed in
console-home-id = Telegram ID { $id }
console-home-role-admin = Administrator (all regions)
console-home-role-staff = Staff: { $region }
console-home-until = Signed in until
console-signout = Sign out

## Staff console: broadcasts
console-bc-title = Broadcasts
console-bc-new = ＋ New broadcast
console-bc-empty = No broadcasts in your scope yet.
console-bc-back = ← All broadcasts
console-bc-planned = { $count } recipients planned
console-bc-progress = { $percent }% · { $done }/{ $total }
console-bc-detail-title = Broadcast: { $label }
console-bc-status = Status
console-bc-when = Runs / ran
console-bc-recipients = Recipients
console-bc-progress-heading = Progress
console-bc-channels = Outcome by channel
console-bc-channel = Channel
console-bc-channel-telegram = Telegram
console-bc-channel-wechat = WeChat
console-bc-sent = Delivered
console-bc-blocked = Blocked / left
console-bc-failed = Failed
console-bc-skipped = Skipped
console-bc-erased = Erased their data
console-bc-template = { $count } as template messages
console-bc-failures = Why deliveries failed
console-bc-failures-none = No failed deliveries.
console-bc-content = Content
console-bc-content-copy = A copied Telegram post (its media is not shown here); its caption:
console-bc-content-none = This content cannot be shown here.
console-bc-pause = ⏸ Pause
console-bc-resume = ▶ Resume
console-bc-cancel = ✖ Cancel
console-bc-approve = ✅ Approve
console-bc-cancel-confirm = Yes, cancel it: nobody else gets it (for Cancel).
console-bc-confirm-first = To cancel it, tick the box first.
console-bc-reject = ✖ Reject
console-bc-stale = Nothing changed: it had already moved on (someone else acted first, or it finished).
console-bc-did-pause = Paused.
console-bc-did-resume = Resumed.
console-bc-did-cancel = Cancelled: nobody else gets it.
console-bc-did-approve = Approved: it is sent at its time; the author is told.
console-bc-did-reject = Rejected: nothing is sent; the author is told.
console-bc-did-started = Confirmed: sending to { $count } recipients starts in a moment.
console-bc-did-scheduled = Scheduled for { $when } ({ $count } recipients).
console-bc-did-approval = Sent to { $asked } admin(s) for approval. You will be told in the bot when it is decided.
console-bc-did-approval-nobody = No admin could be reached for approval. Ask an admin to open the bot or this console.
console-bc-did-existing = This broadcast was already confirmed; nothing was sent twice.
bc-author-id = staff member { $id }
console-bc-compose-title = New broadcast
console-bc-field-text = Announcement
console-bc-field-links = Link buttons (optional)
console-bc-field-links-help = One per line, the label then the https link, e.g. Apply online - https://example.org/apply (at most 3).
console-bc-field-label = Name in the list (optional)
console-bc-field-regions = Regions
console-bc-field-regions-help = Tick none for everyone in { $scope }.
console-bc-scope-only = It goes to subscribers in { $scope }, your area.
console-bc-field-topics = Topics
console-bc-field-lang = Language
console-bc-count-label = Recipients now:
console-bc-field-when = When
console-bc-when-now = Now
console-bc-when-later = At a time:
console-bc-field-at = Date and time
console-bc-field-at-help = Type it as in the chat, e.g. { $example }; up to two months ahead.
console-bc-preview-button = Count and preview
console-bc-preview-heading = Preview: recipients will see exactly this
# A form's problem in the chat's words, without the chat's buttons (console-{ chat key }).
console-bc-time-unknown = I could not read that time. Please type it like { $iso }.
console-bc-time-past = That time has already passed. Please choose a time in the future, e.g. { $iso }.
console-bc-buttons-too-many = At most { $max } buttons, please. Write fewer lines.

## Staff console: job fairs
console-fair-title = Job fairs
console-fair-new = ＋ New job fair
console-fair-empty = No upcoming job fairs in your area.
console-fair-rsvps = { $count } signed up
console-fair-when-help = Type it as in the chat, e.g. { $example } or 明天上午9点 (Beijing time).
console-fair-preview-button = Preview
console-fair-bad-targets = Please tick at least one group.
console-fair-bad-link = The link must be a full address starting with https://, e.g. https://example.com/register. If there is none, leave it empty.
console-fair-bad-link-http = The link must start with https://. Did you mean { $link }? If there is none, leave it empty.
console-fair-new-title = New job fair
console-fair-back = ← All job fairs
console-fair-detail-title = Job fair #{ $id }: { $title }
console-fair-status = Status
console-fair-open = Open
console-fair-closed = Cancelled or over
console-fair-rsvps-heading = Signed up
console-fair-poster = ⬇ QR poster (PNG)
console-fair-cancel = ✖ Cancel this job fair
console-fair-cancel-confirm = Yes: everyone who was told about it and everyone who signed up will be notified.
console-fair-edit = Edit
console-fair-change = · { $line }
console-fair-did-published = Published: subscribers to job-fair alerts in its region are being notified.
console-fair-did-existing = This job fair was already published; nothing was published twice.
console-fair-did-saved = Saved; anyone who has to be told is being notified.
console-fair-did-unchanged = Nothing changed, so nothing was saved and nobody was told.
console-fair-did-cancelled = Cancelled: everyone who was told about it and everyone who signed up is being notified.
console-fair-did-closed = This job fair is cancelled or over and can no longer be changed.
console-fair-did-confirm = To cancel it, tick the box first.

## Staff console: FAQ
console-faq-title = Q&A
console-faq-language = Language of the questions
console-faq-lang-zh-CN = 中文 questions
console-faq-lang-en = English questions
console-faq-misses = Questions the bot could not answer, most asked first
console-faq-misses-empty = None at the moment.
console-faq-asked = asked { $count ->
        [one] once
       *[other] { $count } times
    }
console-faq-kind-none = nothing found
console-faq-kind-low = the bot was unsure
console-faq-kind-down = answered, then 👎
console-faq-waiting = { $count } waiting for an answer
console-faq-attach-to = Entry to add it to
console-faq-attach = ➕ Add as a phrasing
console-faq-write = ✍️ Write a new entry
console-faq-dismiss = 🗑 Dismiss
console-faq-new = ✍️ New entry
console-faq-entries = Entries: shown, 👍 and 👎
console-faq-entry = Entry
console-faq-shown = Shown
console-faq-history = Edit history
console-faq-history-empty = No staff edits yet.
console-faq-action-phrasing = phrasing added
console-faq-action-new = new entry
console-faq-action-answer = answer changed
console-faq-action-revert = reverted
console-faq-revert = ↩ Revert
console-faq-did-attached = Added as a phrasing; it works for everyone now.
console-faq-did-dismissed = Dismissed.
console-faq-did-saved = Saved; it works for everyone now.
console-faq-did-reverted = Reverted; it applies to everyone now.
console-faq-did-newer = This entry has a newer change; revert the newest one first.
console-faq-did-unknown = That change can no longer be found (it may be too old).
console-faq-did-conflict = Not saved: someone else changed this entry at the same moment. Please try again.
console-faq-did-existing = This entry was already saved; nothing was saved twice.
console-faq-told = { $count ->
        [one] The person who was waiting got the answer.
       *[other] { $count } people who were waiting got the answer.
    }
console-faq-new-title = New Q&A entry ({ $lang })
console-faq-back = ← Q&A
console-faq-field-question = Question (as people would ask it, in one sentence)
console-faq-field-answer = Answer
console-faq-field-answer-help = Plain words, at most 600 characters.
console-faq-field-source = Source and year
console-faq-field-source-help = The document or newsletter and its year, e.g. 财金〔2023〕75号 2023.
console-faq-field-followups = Buttons under the answer
console-faq-question-empty = The question cannot be empty; please type it.
console-faq-write-answer-empty = The answer cannot be empty; please write it.
console-faq-write-answer-long = The answer has { $length } characters, more than 600. Please shorten it.
console-faq-invalid = This entry is incomplete and was not saved. Please check each field.


## /console in the bot
console-open-button = Open console
console-bot-intro = The console: press "Open console" below to open it in Telegram.
    On a computer, open this one-time sign-in link in a browser (valid for 10 minutes, once; do not forward it):
    <a href="{ $link }">Sign in to the console</a>
console-bot-no-url = The console's address is not configured yet (CONSOLE_URL). Please ask an admin.


## Console pages: navigation and overview
console-nav-label = Console pages
console-nav-overview = Overview
console-nav-applications = Applications
console-nav-mentors = Mentors
console-nav-fairs = Job fairs
console-nav-broadcasts = Broadcasts
console-nav-faq = Q&A
console-ov-subscribers = Subscribers by area and topic
console-ov-area = Area
console-ov-total = Total
console-ov-subs-plot = New and stopped subscribers per week
console-ov-subs-plot-desc = The last { $weeks } weeks: { $added } new, { $stopped } stopped.
console-ov-new = New
console-ov-stopped = Stopped
console-ov-week = Week (from Monday)
console-ov-people = People
console-ov-fairs = Upcoming job fairs
console-ov-fairs-none = No job fairs are coming up.
console-ov-fair = Job fair
console-ov-when = When
console-ov-rsvps = Signed up
console-ov-told = Told
console-ov-applications = Mentor applications by status
console-ov-faq = Q&A
console-ov-faq-plot = Questions per week: answered, unsure, unanswered
console-ov-faq-plot-desc = The last { $weeks } weeks: { $answered } answered, { $unsure } unsure, { $unanswered } unanswered.
console-ov-answered = Answered
console-ov-unsure = Unsure (did you mean)
console-ov-unanswered = Unanswered
console-ov-questions = Questions
console-ov-broadcasts = Reach of the latest broadcasts
console-ov-broadcasts-none = No broadcasts yet.
console-ov-broadcast = Broadcast
console-ov-status = Status
console-ov-recipients = Recipients
console-ov-reached = Reached
console-ov-not-reached = Not reached


## Console pages: applications
console-app-status = Status
console-app-county = District
console-app-any = Any
console-app-industry = Industry
console-app-from = Submitted from
console-app-to = to
console-app-filter = Filter
console-app-count = { $total } in all, page { $page } of { $pages }
console-app-none = No applications match.
console-app-ref = Reference
console-app-name = Name
console-app-region = Area
console-app-submitted = Submitted
console-app-pages = Pages
console-app-prev = « Previous
console-app-next = Next »
console-app-export = Export CSV
console-app-export-full = Export CSV (full numbers)
console-app-county-bad = Please choose a district of your area from the list.
console-app-industry-bad = Please choose an industry from the list.
console-app-date-bad = Please enter a date, e.g. 2026-12-07.
console-app-date-order = The end date cannot be before the start date.
console-app-phone = Mobile
console-app-stage = Stage
console-app-needs = Help needed
console-app-about = About her business
console-app-mentor = Mentor
console-app-note = Note
console-app-withdrawn = Withdrawn by the applicant
console-app-back = « All applications
console-app-show = Show contact
console-app-contacted = Mark contacted
console-app-assign = Assign a mentor
console-app-assign-to = Assign { $name }
console-app-no-mentors = There are no mentors to assign in { $region } yet. Add some under "Mentors" first.
console-app-close = Close this application
console-app-close-note = Note for the applicant (optional; she receives it)
console-app-done = Updated; the applicant has been told.
console-app-repeat = This form was already submitted; nothing changed again.
console-app-stale = Nothing changed: this application's status has changed meanwhile.


## Console pages: mentors
console-mentor-none = No mentors yet. Add one below.
console-mentor-add = Add a mentor
console-mentor-added = Mentor added.
console-mentor-saved = Mentor saved.
console-mentor-back = « Mentor roster
console-mentor-save = Save
console-mentor-deactivate = Deactivate
console-mentor-reactivate = Reactivate

## ==== end of section: console ====

# WeChat wording of the forms (read on WeChat instead of the key without "-wechat"; see src/wechat/turn.ts wechatKey).
region-choose-city-wechat = Choose your city (reply with its number or name):
region-choose-district-wechat = Choose a district or county in { $city } (reply with its number or name):
region-not-found-wechat = I could not find “{ $text }”. Reply with a number or a name from the list.
sub-district-hint-wechat = You can pick several at once: reply with their names or numbers, e.g. “Shouguang Qingzhou” or “7 9”; for news from all of { $city }, reply “whole”.
sub-choose-topics-wechat =
    Regions: { $regions }
    What would you like to hear about? Reply with the numbers, several at once, e.g. 1 3; or reply “all”.
sub-topics-unknown-wechat = I did not understand that choice. Reply with the numbers (e.g. 1 3) or topic names.
signup-consent-again-wechat = Please reply “I agree” to start; if you would rather not, reply “no”.
signup-ask-phone-wechat = Your mobile number (11 digits), for example: 13812345678.
signup-ask-region-wechat = Which city are you in? Reply with its number or name, for example: Weifang.
signup-ask-stage-wechat = How far along is your business? Reply with its number, for example: 2
signup-ask-industry-wechat = Which industry is your business in? Reply with a number or a name, for example: e-commerce
signup-ask-needs-wechat = What help do you need most? Choose one or more: reply with the numbers, for example: 1 3
signup-error-region-wechat = "{ $text }" was not found. Reply with a number, or type a city or district of Shandong, for example: Weifang, Shouguang.
signup-error-choice-wechat = I did not understand that choice. Reply with a number from 1 to { $count } or the option's name.
signup-error-choice-ambiguous-wechat = That fits more than one option. Please reply with its number.
signup-error-needs-wechat = I did not understand "{ $text }". Reply with numbers, for example: 1 3
signup-error-review-wechat = Reply “submit” to send it, or 1–7 to change that answer.
signup-review-hint-wechat = To change an answer, reply with its number; when all is right, reply “submit”.
signup-submitted-wechat =
    ✅ <b>Application received!</b> Your reference number is <b>{ $ref }</b>.

    What happens next: a staff member of your city's Women's Federation will phone you soon, learn about your business and pair you with a suitable mentor.
    Reply “my application” at any time to see where it stands.
signup-submit-twice-wechat = Your application was submitted a moment ago. Reply “my application” to see where it stands.
intro-after-link-wechat = 👋 Jinguo can also help you: job-fair alerts, a business mentor, answers on start-up loans and aid for girls; in trouble at home, call the 12338 women's hotline. Reply with a number below, or type your question.
cancel-nothing-wechat = There is nothing to cancel right now. Reply with a number below for what you need, or type your question.
sub-paused-wechat = ⏸ Your alerts are paused. Reply with the number of “Resume alerts” to get them again.
sub-stopped-wechat = 🔕 All your alerts are stopped; we will not send you notices any more. To subscribe again, reply with the number below.
sub-link-unknown-wechat = The region code “{ $code }” in this subscription link does not exist. Reply with a number below to choose your region.
sub-undo-expired-wechat = ↩ Undo works for { $minutes } minutes after you subscribe; it has expired, and your subscription is unchanged. To change or stop it, send /mysubs or reply with a number below.
sub-training-none-wechat = Trainings are run by each local federation, and new courses are sent as training news to those who subscribe. You have no training news yet: reply with the number below to subscribe, and we will tell you when a course is announced.
sub-stop-ask-wechat = Do you want to stop all alerts? Reply with the number below to confirm.
fair-rsvp-done-wechat = ✅ You're signed up for <b>{ $title }</b>. We will remind you at 9:00 the day before; if you can't come, reply with the number of "Attending · undo".
fair-rsvp-done-soon-wechat = ✅ You're signed up for <b>{ $title }</b>: { $when }. See you there! If you can't come, reply with the number of "Attending · undo".
fair-list-none-no-fair-alerts-wechat = No job fairs are coming up in your regions ({ $regions }) yet. You have no job-fair alerts; to hear of the next one, reply with the number below.
fair-button-attending-wechat = ✅ Attending · undo
signup-nudge-wechat = 👋 Your mentor sign-up is not finished yet ({ $done }/7 answered). Your answers are kept until { $until }; send /signup to carry on.
faq-greeting-wechat = Hello! I am Jinguo. Just type your question about start-up loans, the Spring Bud Program or your rights, for example "How do I apply for a start-up loan?". Or reply with a number below.
faq-ack-wechat = OK 😊 Type a question any time, or reply with a number below.
faq-did-you-mean-wechat = I am not sure which of these you mean. Did you mean one of them? Reply with its number to see the answer.
faq-no-answer-wechat = Sorry, I don't have an answer to that, and I would rather not guess. You can:
    • call the <b>12338</b> women's hotline;
    • reply with the number of "Ask staff": when federation staff add an answer, we will send it to you here.
