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
    /faqstats — FAQ figures and feedback
    /faqedits — FAQ edits (admins can revert)
    /faqnew — write a new FAQ entry

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
faq-greeting = Hello! I am Jinguo. Just type your question about start-up loans, the Spring Bud Program or your rights, for example "How do I apply for a start-up loan?". Or tap a button below.
faq-thanks = You're welcome! Ask me anything else any time. In an emergency call the 12338 women's hotline.
faq-emoji-prompt = Got it 😊 If you have a question, please type it in words, for example "Can the federation help with a loan?" or "How do I apply for the Spring Bud Program?"
faq-voice-prompt = Sorry, I cannot listen to voice messages yet. Please type your question, for example "How do I apply for a start-up loan?". If it is urgent, call 12338.
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

## ==== end of section: broadcast ====
