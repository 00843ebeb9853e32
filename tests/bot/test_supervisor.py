"""A supervisor confirms a reflection report or asks for a revision; the employee hears the
verdict; HR sees the state. Deliveries go through the reminder job (rows, not promises)."""

import io
import re

import openpyxl

from bot.handlers.reminders import deliver_due
from storage import reports
from tests.bot.conftest import USER, Harness, text_of
from tests.bot.test_report import consent, fill_until_review, stored

BOSS, STRANGER = 5151, 6161


async def link_supervisor(bot: Harness) -> None:
    await consent(bot)
    await bot.say("/profil")
    code_text = text_of(await bot.say("/atasan"))
    code = re.search(r"<code>(\w+)</code>", code_text).group(1)
    own = text_of(await bot.say(f"/gabung {code}"))  # one cannot be one's own supervisor
    assert "Kode tidak dikenal" in own
    for user in (BOSS, STRANGER):
        await bot.say("/start", user=user)
        await bot.press("Setuju", user=user)
        await bot.say("/batal", user=user)
    assert "Peran Anda: atasan" in text_of(await bot.say(f"/gabung {code}", user=BOSS))


async def submit(bot: Harness) -> reports.Report:
    await fill_until_review(bot)
    done = text_of(await bot.press("Kirim"))
    assert "diteruskan ke atasan Anda" in done
    [row] = stored(bot)
    return row


async def test_confirmation_reaches_the_employee_and_hr(bot):
    await link_supervisor(bot)
    row = await submit(bot)
    assert row.verification == reports.UNVERIFIED
    assert await deliver_due(bot.app) == 1
    review = bot.transport.sent_to(BOSS)[-1]
    assert row.reference in review["text"] and "Menyusun policy brief" in review["text"]
    forged = await bot.feed(
        bot.transport.button_update(
            STRANGER, review["message_id"], bot.button("Konfirmasi", BOSS)[1]
        )
    )
    assert "hanya untuk atasan" in text_of(forged)  # someone else pressing the same button
    assert stored(bot)[0].verification == reports.UNVERIFIED
    assert "dikonfirmasi" in text_of(await bot.press("Konfirmasi", user=BOSS))
    [confirmed] = stored(bot)
    assert (confirmed.verification, confirmed.verifier_id) == (reports.CONFIRMED, BOSS)
    assert await deliver_due(bot.app) == 1
    assert f"Laporan {row.reference} dikonfirmasi" in bot.transport.sent_to(USER)[-1]["text"]
    assert await deliver_due(bot.app) == 0


async def test_a_revision_asks_one_comment_and_hr_sees_the_state(bot):
    await link_supervisor(bot)
    row = await submit(bot)
    await deliver_due(bot.app)
    assert "Apa yang perlu diperbaiki" in text_of(await bot.press("Minta revisi", user=BOSS))
    assert "dikirim ke pegawai" in text_of(
        await bot.say("Tambahkan data dampak dari rapat pimpinan", user=BOSS)
    )
    [revised] = stored(bot)
    assert (revised.verification, revised.verifier_comment) == (
        reports.REVISION,
        "Tambahkan data dampak dari rapat pimpinan",
    )
    await deliver_due(bot.app)
    told = bot.transport.sent_to(USER)[-1]["text"]
    assert "meminta revisi laporan" in told and row.reference in told
    bot.settings.admin_ids.append(9001)  # the same settings object the services hold
    await bot.say(f"/ekspor 01/11/2026 - {bot.clock.today():%d/%m/%Y}", user=9001)
    await bot.press("Semua unit saya", user=9001)
    _, data = bot.transport.files[bot.transport.sent_to(9001)[-1]["message_id"]]
    sheet = openpyxl.load_workbook(io.BytesIO(data))["Laporan penerapan"]
    header = [c.value for c in sheet[1]]
    values = dict(zip(header, [c.value for c in sheet[2]], strict=True))
    assert values["Verifikasi atasan"] == "perlu revisi"
    assert values["Komentar atasan"] == "Tambahkan data dampak dari rapat pimpinan"


async def test_without_a_supervisor_a_report_stays_unverified(bot):
    await consent(bot)
    await fill_until_review(bot)
    assert "belum diverifikasi" in text_of(await bot.press("Kirim"))
    assert await deliver_due(bot.app) == 0  # nobody to send it to
    assert stored(bot)[0].verification == reports.UNVERIFIED
