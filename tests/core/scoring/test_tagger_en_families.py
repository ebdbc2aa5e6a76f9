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
        # round 13: more fix shapes
        ("ok sending her back out first thing tmrw", {R}),  # someone sent back, texting style
        ("Then I cancelled the late fee.", {R}),  # a plain past-tense fix
        ("I'll get the form reprocessed this afternoon.", {R}),
        ("Your appointment is locked in for Monday at nine.", {R}),
        ("I can get you a taxi voucher for the trip home.", {R}),
        ("A crew will be there by six to reconnect the supply.", {R}),
        ("Someone can come round on Thursday to replace the seal.", {R}),
        ("You'll get $250 in loss-of-use compensation.", {R}),
        ("I've got you both booked on the early ferry.", {R}),
        ("The revised invoice, for $88.40, goes out tomorrow.", {R}),
        ("We'll overnight the spare charger to you.", {R}),
        ("I've put the disputed $96.10 on hold.", {R}),
        ("She's rebooked for Friday morning.", {R}),
        ("Would you prefer: we repair the frame, or we pay what it cost?", {P, R}),
        ("I've pulled your file back from the debt agency.", {R}),
        ("The replacement sofa is on Thursday's second lorry.", {R}),
        ("The reconnection is booked, no extra charge.", {R}),
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
        "I've logged a ticket and sent it over to the refunds team.",  # passed on, not fixed
        "I've sent a trace request to the courier.",
        "I'll send this to my supervisor for approval.",
        "I'll put you on a short hold while I look.",
        "I'm putting a callback in the diary for Monday.",  # a follow-up, not a fix
        "Done, I've escalated it to the complaints desk.",
        "Let's sort it together, one line at a time.",
        "Anything else while I've got you on the line?",
        "He's scheduled for the afternoon slot.",  # a bare appointment time
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
        "Once the adjuster has visited, the claim sits with them, so any delay would be on their side.",
        "If you're unhappy with our care, you can always look at other settings.",
        "They're a separate firm, Crawley Assessors.",
        "Most members just worked from a cafe for a few hours.",
        "I understand, but that's what the standard cover allows.",  # a take-back
        "To be honest you should have had it wrapped properly.",  # the customer's duty, not our failing
        "I'm not able to admit liability.",
        "That's not really our concern.",
        "Did you leave the window open, like everyone else who rings about damp?",
        "So you're telling me you never opened the letter?",
        "Wasn't it written on the first page of the contract?",
        "And you're sure it wasn't scratched before we came?",
        "Did you expect the van to load itself?",
        "I'm sorry the meal didn't live up to what you were expecting.",  # a non-apology
        "It's a sure thing, they always get approved.",  # an overpromise
        "You won't have a single issue after this, I promise.",
        "I'd have to refer you to the landlord on that one.",
        "We'll pay for the glass, but you know, you could fit a stronger latch.",
        "If you don't like the new tariff, switch to another provider.",
        "Sorry, but parcels go missing, that's life.",
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
        "I can't give you the other child's name, but their parents are being spoken to.",  # confidential, yet acting
        "Okay, let's deal with it now. Can you show me?",
        "When you dropped it off, did anyone do a walk-round with you?",
        "Is there a reference printed on the letter we sent you?",  # a genuine question
        "That's not ok, I'm sorry. I'll replace it today.",
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
        ("That's not okay at all, I'm so sorry.", {A}),  # "not okay" negates nothing that follows
        ("I'm sorry, that mix-up is all ours.", {A}),
        ("I'm so sorry about your grandma.", {V}),  # condolence, not apology
        ("I'm sorry you've been through all that this winter.", {V}),
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


@pytest.mark.parametrize(
    "reply",
    [
        "I'll be the one dialling you on Monday.",
        "Expect my email by the end of the day.",
        "My next update to you is Friday morning.",
        "You'll be hearing from me before lunch.",
        "Ringing you back at four, as agreed.",
        "Hello, returning your call as promised about the boiler.",
        "I've booked a callback for you at ten tomorrow.",
        "我会 text you 明天.",
    ],
)
def test_follow_up_families(reply: str) -> None:
    assert U in tags_of(reply)


@pytest.mark.parametrize(
    "reply",
    [
        "No wonder you're at the end of your rope.",
        "Two faults in one month would drain anyone.",
        "That's a big amount to handle, especially right now.",
        "You shouldn't have to.",
        "It must feel like a lot right now.",
        "Listening.",
        "Begin wherever you want; I'm right here.",
        "Let me just make sure I understood you correctly.",
        "What happened this time?",
        "Please tell me what's been going on.",
    ],
)
def test_vent_families(reply: str) -> None:
    got = tags_of(reply)
    assert V in got
    assert P not in got


@pytest.mark.parametrize(
    "reply",
    [
        "Which line is it, and did the parcel go on the van?",  # "go on" is no invitation here
        "Fair question. What's the postcode?",  # answers a question, names no feeling
        "I'll leave the case open until you tell me it's sorted.",
    ],
)
def test_not_vent(reply: str) -> None:
    assert V not in tags_of(reply)


@pytest.mark.parametrize(
    "reply",
    [
        "can u send me the booking ref pls",
        "whats ur acct number",
        "ok ill check, whats the postcode",
        "Just tell me roughly when it stopped.",
        "pls send me ur acct details",
    ],
)
def test_probe_families(reply: str) -> None:
    assert P in tags_of(reply)


def test_yes_to_telling_the_story_is_vent() -> None:
    tagged = load_tagger().tag("Please do.", "Can I explain what happened first?", "en")
    assert set(tagged.tags) == {V}


def test_a_short_yes_with_a_time_to_a_callback_request_is_follow_up() -> None:
    tagged = load_tagger().tag("yes i will, tmrw b4 noon, ref 5521", "will someone call me back?", "en")
    assert U in set(tagged.tags)


def test_a_denial_is_no_admission_for_the_rules() -> None:
    # rules alone: the learned second opinion is not retrained in this round
    from simulator.core.scoring.tagger import build_tagger

    tagged = build_tagger(learned=False).tag("That's not really our fault, the storm closed the road.", None, "en")
    assert A not in set(tagged.tags)


# Round 14 (writers 15 to 17): fixes said without the usual verbs, shrugs and digs, and kind lines that are neither.
ROUND_14 = [
    ("New one's in the post today, tracked.", {R}),
    ("You'll see it back by Thursday.", {R}),
    ("There'll be no storage charge for last night.", {R}),
    ("There's a courtesy car held for you.", {R}),
    ("A brand new one leaves the depot tomorrow.", {R}),
    ("He's back on Saturday to finish it.", {R}),
    ("It is what it is.", {F}),
    ("It's an outdoor pool in April, what were you expecting?", {F}),
    ("There's no point, they'll only tell you the same as me.", {F}),
    ("Well, you weren't in, were you?", {F}),
    ("Which is why we recommend returning at the counter.", {F}),
    ("Four days without broadband is a serious problem, and it's our engineer who didn't turn up.", {V, A}),
    ("If you ever fancy a game again, you'd be very welcome back.", set()),
]

# Round 15 (the read blind sets and outside sets): experts' words taken for blame, blame said without "should",
# non-apologies and policy walls, refusals and farewells that are no fix or apology.
ROUND_15 = [
    ("I'm sorry: being charged twice is our problem, not something you should have to chase.", {A}),
    ("Once you cancelled, you shouldn't have seen a single charge.", set()),
    ("Was it like that as soon as you picked it up, or did it start later?", {P}),
    ("The rate you picked in June is still available.", set()),
    ("Soreness after re-cementing is normal, but I'd like Dr Menon to check it. I can book you in at 10am.", {R}),
    ("Your code was rejected by a keypad fault, nothing wrong on your side.", set()),
    ("Let me take the details myself so it doesn't get lost a third time.", set()),
    ("I can create them all as drafts so you can check them first.", set()),
    ("You would have needed to add the pack a few hours before travelling.", {F}),
    ("It is in the roaming section of the add-on terms.", {F}),
    ("Did you give the right address?", {F}),
    ("I'm really sorry, and none of that is on you.", {A}),
    ("The 12 veggie plates were right there on it. What would make this right for you?", {P}),
    ("Still 4 tickets at 11 on Saturday, or would another time suit you better?", {P}),
    ("You should have had proper fenders on her.", {F}),
    ("The venue address we were given was the main lodge, not the barn.", {F}),
    ("We're sorry to hear you're not happy with your order.", {F}),
    ("As per our terms and conditions, we reserve the right to cancel bookings.", {F}),
    ("Unfortunately all sales are final and no refunds are issued once the event has taken place.", set()),
    ("We're sorry to see you go! Thanks for riding with us.", set()),
    ("I see it, and the vet's results are right there in the file. You're right, I'm sorry.", {V, A}),
    ("A free replacement is set up and marked urgent.", {R}),
    ("Either we send a prepaid box and our tech redoes the setup, or we pay a local tech up to $75.", {R}),
    ("I've emailed a $75 authorization for Dave's, they'll bill us.", {R}),
    ("Direct deposit in 2-3 business days, or a check in about a week?", set()),
    ("I can have two lads with you tomorrow at half eight, well before Friday.", {R}),
    ("It renewed on March 3, so you're covered through March 2 next year.", set()),
    (
        "If it's not back within seven days we'll pay the £380. Our manager's already agreed, so there's "
        "nothing to argue about.",
        {R},
    ),
    ("Prepayments are non-refundable, and we're not paying for your taxi.", {F}),
]


@pytest.mark.parametrize(("reply", "want"), ROUND_14 + ROUND_15)
def test_round_families(reply: str, want: set[Tag]) -> None:
    assert tags_of(reply) == want
