"""User-facing texts in English (the second language)."""

TEXTS: dict[str, str] = {
    "welcome": (
        "Hello{name}! I am <b>Pandu</b>, a competency development assistant for Indonesian civil servants (ASN).\n\n"
        "I answer questions about competency development rules (20 JP, Latsar, PKP/PKA/PKN, SKP, "
        "coaching/mentoring and more) with their sources, and help you find trainings in the catalog."
    ),
    "privacy": (
        "<b>Privacy notice</b> (Law No. 27 of 2022 on Personal Data Protection)\n"
        "• Stored: the profile you fill in (name, NIP if given, work unit, position, PNS/PPPK status), "
        "questions you rate together with their answers, and training interests.\n"
        "• Why: to answer and improve Pandu's answers, and for your agency's HR recaps.\n"
        "• Who sees it: you, and HR officers appointed by your agency (recaps only).\n"
        "• Deleting: type /hapusdata at any time. Read this notice again with /privasi."
    ),
    "consent_question": "Do you agree to this data being stored?",
    "btn_agree": "✅ I agree",
    "btn_decline": "I do not agree",
    "consent_declined": "Fine, no personal data is stored. You can still ask anything about competency development. Type /start if you change your mind.",
    "consent_given": "Thank you. Now a short profile (you can skip it and change it later with /profil).",
    "ask_name": "What is your name?",
    "ask_nip": "Your NIP? (18 digits, optional)",
    "ask_unit": "Your work unit? (e.g. Dinas Pendidikan Kabupaten Contoh)",
    "ask_jabatan": "Your position? (e.g. Analis Kebijakan Ahli Muda)",
    "ask_status": "Your employment status?",
    "btn_pns": "PNS",
    "btn_pppk": "PPPK",
    "btn_skip": "Skip ⏭",
    "bad_nip": "A NIP has 18 digits. Type it again, or press Skip.",
    "too_long": "Too long (at most {max} characters). Please shorten it.",
    "too_short": "Too short. Please try again.",
    "need_text": "I am waiting for a text answer to the question above.",
    "profile_done": "Profile saved ✅\n{summary}\n\nAsk me anything, e.g. <i>berapa JP minimal per tahun?</i>, or type /pelatihan for the catalog.",
    "profile_summary": "Name: {name}\nNIP: {nip}\nWork unit: {unit}\nPosition: {jabatan}\nStatus: {status}",
    "profile_show": "<b>Your profile</b>\n{summary}\n\nEdit your profile?",
    "btn_edit_profile": "✏️ Edit profile",
    "profile_need_consent": "A profile is only stored with your consent. Type /start to read the privacy notice.",
    "empty_value": "-",
    "help": (
        "<b>What Pandu can do</b>\n"
        "• Type any question about ASN competency development: answers come with sources.\n"
        "• /pelatihan — browse the training catalog (or /pelatihan word, e.g. /pelatihan data)\n"
        "• /jp — learning log and this year's JP\n"
        "• /umpanbalik — rate a training you attended, or Pandu\n"
        "• /profil — view or edit your profile\n"
        "• /bahasa — change language (Indonesia/English)\n"
        "• /privasi — privacy notice\n"
        "• /hapusdata — delete all your data\n"
        "• /batal — cancel what is in progress"
    ),
    "cancelled": "Cancelled. Anything else I can help with?",
    "nothing_to_cancel": "Nothing is in progress.",
    "unknown_command": "I do not know the command {command}. Type /bantuan for the list, or just type your question.",
    "not_text": "Sorry, I only understand text messages and buttons. Please type your question, e.g. <i>apa itu Latsar CPNS?</i>",
    "empty_question": "Please type your question.",
    "question_too_long": "Your question is too long (at most {max} characters). Please shorten it.",
    "not_confident_note": "⚠️ I am not sure my documents contain this answer.",
    "btn_up": "👍",
    "btn_down": "👎",
    "btn_browse": "📚 Browse the training catalog",
    "thanks_feedback": "Thank you for your feedback!",
    "ask_reason": "Sorry the answer did not help. What was missing? (optional; type a reason, or press Skip)",
    "reason_saved": "Thank you, we noted your feedback.",
    "stale_button": "This button is no longer valid. Please use the latest message.",
    "error": "Sorry, something went wrong on Pandu's side. Your message is not lost; please try again shortly.",
    "working": "Searching…",
    "group_private_only": "To fill in a profile or personal data, please chat with me privately.",
    "language_choose": "Pilih bahasa / Choose a language:",
    "language_set": "Language set to English. Documents and quoted passages stay in Indonesian.",
    "delete_confirm": "Delete <b>all</b> your data in Pandu (profile, feedback, training interests)? This cannot be undone.",
    "btn_delete_yes": "🗑 Yes, delete",
    "btn_delete_no": "Cancel",
    "delete_done": "All your data has been deleted. Thank you for using Pandu.",
    "delete_kept": "Your data was not deleted.",
    "catalog_title": "<b>Training catalog</b> — choose how to browse:",
    "catalog_sample_note": "<i>Note: this catalog is sample data; official schedules come from the agency/provider.</i>",
    "btn_upcoming": "🗓 Upcoming",
    "btn_by_type": "🎯 Competency type",
    "btn_by_method": "💻 Method",
    "choose_type": "Choose a competency type:",
    "choose_method": "Choose a method:",
    "catalog_page": "<b>{heading}</b> (page {page}/{pages})\nChoose a training to see its details:",
    "catalog_empty": "No matching training.",
    "catalog_search_empty": "No training in the catalog matches “{query}”.",
    "heading_upcoming": "Upcoming trainings",
    "heading_type": "Competency: {value}",
    "heading_method": "Method: {value}",
    "heading_search": "Search results for “{value}”",
    "btn_prev": "◀️ Previous",
    "btn_next": "Next ▶️",
    "btn_back": "↩️ Back",
    "btn_interest": "⭐ I am interested",
    "interest_saved": "Your interest in {name} is recorded ⭐",
    "interest_again": "Your interest in this training was already recorded.",
    "interest_need_consent": "To record interest, please accept the privacy notice first (/start).",
    "training_gone": "This training is no longer in the catalog.",
    "jp_need_consent": "The learning log stores personal data, so it needs your consent first. Type /start to read the privacy notice.",
    "jp_title": "<b>Learning log {year}</b>: {total} of the minimum {target} JP",
    "jp_pppk_note": "Note: for PPPK, competency development is at most {max} JP per contract year (check your agency's policy).",
    "jp_entry": "• {date} — {title} ({form}): {jp} JP",
    "jp_empty": "No activity recorded this year yet.",
    "jp_suggest": "Upcoming catalog trainings that would add JP:",
    "btn_jp_add": "➕ Record a learning activity",
    "jp_ask_form": "What form was the activity? Choose one:",
    "jp_ask_title": "Its title? (e.g. Workshop Analisis Kebijakan)",
    "jp_ask_date": 'Its date? (e.g. 12 Maret 2027, 12/03/2027, or "today")',
    "jp_ask_amount": 'How many JP? Type JP directly (e.g. "4 JP") or the duration (e.g. "2 hari", "90 menit", "3 sesi") and Pandu converts it.',
    "jp_ask_role": "Your role in this project?",
    "jp_ask_outcome": "The project's result or output?",
    "jp_bad_date": "Date not recognised or in the future. Example: 12 Maret 2027 or 12/03/2027.",
    "jp_bad_amount": 'That amount cannot be converted for this form. Type JP directly, e.g. "4 JP".',
    "jp_confirm": "Please check:\nForm: {form}\nTitle: {title}\nDate: {date}\nJP: {jp}\n\nSave?",
    "btn_save": "💾 Save",
    "btn_cancel": "Cancel",
    "eval_need_consent": "Feedback is stored with your profile, so it needs your consent first. Type /start.",
    "eval_choose": "Which training do you want to rate? Choose below, or type the training's name.",
    "eval_ask": "<b>{name}</b>\nScore for {aspect} (1 = very poor, 5 = very good):",
    "eval_materi": "content",
    "eval_pengajar": "trainer/facilitator",
    "eval_metode": "learning method",
    "eval_sarana": "facilities",
    "eval_jadwal": "schedule and timing",
    "eval_relevansi": "relevance to your job",
    "eval_pandu": "how useful Pandu is for your work",
    "eval_bad_score": "Choose a score from 1 to 5 with the buttons (or type 1-5).",
    "eval_comment": "Any comment or suggestion? (optional; type it, or press Skip)",
    "eval_exists": "You already rated this. Replace your earlier rating with this one?",
    "btn_eval_replace": "🔁 Replace",
    "eval_kept": "Your earlier rating is kept.",
    "eval_saved": "Thank you! Your rating for {name} is saved ✅",
    "jp_saved": "Recorded ✅ {jp} JP. Remember to upload the certificate to MyASN (Pandu is not connected to MyASN/SIASN).",
}
