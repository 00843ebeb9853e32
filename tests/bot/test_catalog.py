import re

from sqlmodel import select

from storage import people
from storage.db import session_scope
from tests.bot.conftest import USER, text_of


async def test_browse_upcoming_detail_and_interest(bot):
    await bot.say("/start")
    await bot.press("Setuju")
    await bot.say("/batal")
    assert "Katalog pelatihan" in text_of(await bot.say("/pelatihan"))
    listing = text_of(await bot.press("Terdekat"))
    assert "Pelatihan terdekat" in listing
    detail = text_of(await bot.press("Kearsipan Digital"))
    assert "Kode: K1" in detail and "Batas pendaftaran: 1 Desember 2026" in detail
    assert "tercatat" in text_of(await bot.press("Saya berminat"))
    assert "sudah tercatat" in text_of(await bot.press("Saya berminat"))
    with session_scope(bot.store.engine) as session:
        rows = list(session.exec(select(people.TrainingInterest)))
    assert [(r.telegram_id, r.kode) for r in rows] == [(USER, "K1")]


async def test_browse_by_method_and_back(bot):
    await bot.say("/pelatihan")
    await bot.press("Metode")
    listing = text_of(await bot.press("Daring"))
    assert "Metode daring" in listing
    assert "Katalog pelatihan" in text_of(await bot.press("Kembali"))


async def test_search_by_words(bot):
    out = text_of(await bot.say("/pelatihan python"))
    assert "Hasil pencarian" in out
    assert "Analisis Data dengan Python" in str(bot.transport.sent_to(USER)[-1]["reply_markup"])
    assert "Tidak ada pelatihan" in text_of(await bot.say("/pelatihan zzzzzz"))


async def test_places_left_are_shown_when_the_catalog_reports_them(bot):
    await bot.say("/pelatihan python")
    detail = text_of(await bot.press("Analisis Data dengan Python"))
    assert "Kuota: 40 orang\nSisa kuota: 6 orang" in detail
    assert "JP, biaya, kuota, dan persyaratannya rekaan" in detail  # the sample note
    answer = text_of(await bot.say("pelatihan analisis data python masih ada sisa kuota?"))
    assert re.search(r"Kuota: 40 orang(, s|\nS)isa( kuota:)? 6 orang", answer)


async def test_interest_needs_consent(bot):
    await bot.say("/pelatihan kearsipan")
    await bot.press("Kearsipan")
    assert "menyetujui pemberitahuan privasi" in text_of(await bot.press("Saya berminat"))
    with session_scope(bot.store.engine) as session:
        assert list(session.exec(select(people.TrainingInterest))) == []


async def test_a_training_whose_registration_closed_is_marked_and_not_suggested(bot):
    bot.clock.advance(days=3)  # 2 December 2026: K1's registration closed on 1 December
    await bot.say("/pelatihan kearsipan")
    labels = str(bot.transport.sent_to(USER)[-1]["reply_markup"])
    assert "🔒" in labels and "Kearsipan Digital" in labels
    detail = text_of(await bot.press("Kearsipan"))
    assert "Pendaftaran pelatihan ini sudah ditutup" in detail
    answer = text_of(await bot.say("pelatihan kearsipan digital kapan batas daftarnya?"))
    assert "endaftaran ditutup (batas 1 Desember 2026)" in answer
    assert "batas daftar 1 Desember" not in answer
