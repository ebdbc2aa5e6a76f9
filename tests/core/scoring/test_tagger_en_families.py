"""English tagger, issue 3: phrase families for RESOLVE, FORBIDDEN and APOLOGIZE, written for these tests (not
copied from the corpus), so they check that a rule covers its family rather than one sentence."""

from __future__ import annotations

import pytest

from simulator.core.scoring import load_tagger
from simulator.core.tags import Tag

R, F, A, V, P, U = Tag.RESOLVE, Tag.FORBIDDEN, Tag.APOLOGIZE, Tag.VENT, Tag.PROBE, Tag.FOLLOW_UP


def tags_of(reply: str) -> set[Tag]:
    tagged = load_tagger().tag(reply, None, "en")
    for tag, spans in tagged.evidence.items():  # evidence must quote the reply exactly
        for ev in spans:
            assert reply[ev.start : ev.end] == ev.text, (tag, ev)
    return set(tagged.tags)


@pytest.mark.parametrize(
    ("reply", "want"),
    [
        # a fix stated as a done fact, with the subject contracted ("charge's", "deposit's")
        ("The duplicate charge's gone from your statement.", {R}),
        ("Your deposit's been returned in full.", {R}),
        ("Your new handset is on a courier van now.", {R}),
        # bare announcements and texting style
        ("Rebooked, you're on the 7:15 tomorrow.", {R}),
        ("will reship it 2day", {R}),
        # a fix at no cost, and someone sent to fix it
        ("There won't be any charge for the callout.", {R}),
        ("Our garage will take the scratch out this week.", {R}),
        ("Your refund was processed on the 3rd, so it should be with you by Friday.", {R}),
        ("You don't need to do anything else, it's all sorted.", {R}),
        # a firm refusal that offers an alternative is a fix, not forbidden
        ("I can't refund a used ticket, but I can move it to another date for you.", {R}),
        ("I'll give him both missed lessons free.", {R}),
    ],
)
def test_resolve_families(reply: str, want: set[Tag]) -> None:
    assert tags_of(reply) == want


@pytest.mark.parametrize(
    "reply",
    [
        "I'll text you once the refund is processed.",  # waited for, not done
        "I'll let you know when it's fixed.",
        "The parcel was dispatched on Monday.",  # a bare dispatch date
        "I've frozen your card and opened a dispute.",  # securing the account while a claim is opened
        "Being billed after you'd already cancelled is maddening.",  # the customer cancelled, not us
    ],
)
def test_not_resolve(reply: str) -> None:
    assert R not in tags_of(reply)


@pytest.mark.parametrize(
    "reply",
    [
        "Waiting times can vary.",  # brush-off
        "Parcels arrive when they arrive.",  # tautology
        "You were informed of the change in March.",  # blame by fact
        "It's all explained in the welcome pack.",
        "Most of our customers cope fine with the app.",  # others manage
        "Plenty of customers manage without the app.",
        "Delays are to be expected in winter.",
        "Are you sure you didn't order the wrong size?",  # accusing question
        "And you're sure you're not wearing your old ones by mistake?",  # doubting the customer
        "Do you want to rebook or not?",  # an ultimatum
        "Keep your voice down please, there are other patients waiting.",
        "That's a separate booking, so you'd need to look at your travel insurance for that.",
        "People do get ill. It's not like she's done it on purpose.",
        "Customer services is at the other end of the store.",  # pointed elsewhere
        "I understand, but that's what the standard cover allows.",  # a take-back
        "To be honest you should have had it wrapped properly.",  # the customer's duty, not our failing
        "I'm not able to admit liability.",
        "That's not really our concern.",
        "Next.",  # curt one-word dismissal
        "I can promise you a full payout by Monday.",  # overpromise
        "Don't panic, it's only a small charge.",
    ],
)
def test_forbidden_families(reply: str) -> None:
    got = tags_of(reply)
    assert F in got
    assert P not in got  # an accusing question is no genuine question


@pytest.mark.parametrize(
    "reply",
    [
        "No problem, these things happen.",  # reassuring a customer who apologised
        "I know how frustrating this is. I can't waive the fee, but I can split it into three payments.",
        "You can track the repair on the website.",  # pointing to self-service, neutrally
        "I'll honour what you were told on the phone.",
        "I can see from the notes you were told it would be fixed last week.",  # our promise, not blame
        "I'm really sorry, you shouldn't have made that journey for nothing.",  # sympathy, not blame
        "It's fixed now, so you shouldn't have this problem again.",
        "Tell me what you've got waiting at the other end, so I can work out what's best for you.",
        "Perfect. Ask them to quote PI-7719 in the subject line, and I'll attach it to the review.",  # for us
        "I've moved you onto the small-vehicle round, so parking on the corner won't stop it.",
        "You've nothing to apologise for.",  # to a customer who said sorry
        "Yes, within ten working days, and I've asked them to email you directly.",
        "Booking fees are normally non-refundable, but as the event was cancelled I can add those.",
    ],
)
def test_not_forbidden(reply: str) -> None:
    assert F not in tags_of(reply)


@pytest.mark.parametrize(
    ("reply", "want"),
    [
        ("That was our courier's mistake.", {A}),
        ("The error was on our side.", {A}),
        ("We didn't keep our promise.", {A}),
        ("Sorry to hear that.", {V}),  # sympathy without responsibility
    ],
)
def test_apologize_families(reply: str, want: set[Tag]) -> None:
    assert tags_of(reply) == want


def test_sorry_that_softens_a_refusal_is_no_apology() -> None:
    assert A not in tags_of("Sorry, that's not something we can change.")


def test_a_conditional_admission_is_no_apology() -> None:
    assert A not in tags_of("We don't charge for the callout if it turns out to be our fault.")


def test_an_admission_with_a_fix_keeps_both() -> None:
    assert tags_of("Our workshop's error, and the new lenses are on order.") >= {A, R}
