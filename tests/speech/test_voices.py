from simulator.speech.voices import VoiceInfo, choose_voice, espeak_variant, rate_for_anger

ESPEAK_LIKE = [
    VoiceInfo("gmw/en", "English (Great Britain)", ("en-gb",), "male"),
    VoiceInfo("gmw/en-us", "English (America)", ("en-us",), "male"),
    VoiceInfo("sit/cmn", "Chinese (Mandarin, latin as English)", ("cmn",), "male"),
]
WINDOWS_LIKE = [
    VoiceInfo("HKLM\\David", "Microsoft David Desktop - English (United States)", ("en_US",), "male"),
    VoiceInfo("HKLM\\Zira", "Microsoft Zira Desktop - English (United States)", ("en_US",), "female"),
    VoiceInfo("HKLM\\Huihui", "Microsoft Huihui Desktop - Chinese (Simplified)", (), "female"),
]


def test_language_decides_before_gender():
    assert choose_voice(ESPEAK_LIKE, "zh", "female") == "sit/cmn"
    assert choose_voice(ESPEAK_LIKE, "en", "male") == "gmw/en"


def test_gender_picks_among_voices_of_the_language():
    assert choose_voice(WINDOWS_LIKE, "en", "female") == "HKLM\\Zira"
    assert choose_voice(WINDOWS_LIKE, "zh", "male") == "HKLM\\Huihui"  # the only Chinese voice, by name


def test_an_engine_voice_id_wins():
    assert choose_voice(ESPEAK_LIKE, "zh", "gmw/en-us") == "gmw/en-us"


def test_language_codes_win_over_names():
    # espeak-ng's Mandarin voice is called "Chinese (Mandarin, latin as English)".
    voices = [ESPEAK_LIKE[2], ESPEAK_LIKE[0]]
    assert choose_voice(voices, "en", "male") == "gmw/en"


def test_no_voice_for_the_language():
    assert choose_voice(ESPEAK_LIKE[:2], "zh", "male") is None


def test_rate_rises_with_anger_and_is_clamped():
    assert rate_for_anger(0) < rate_for_anger(50) < rate_for_anger(100)
    assert rate_for_anger(150) == rate_for_anger(100)
    assert rate_for_anger(-5) == rate_for_anger(0)


def test_espeak_variant_follows_gender():
    assert espeak_variant("female") == "+f3"
    assert espeak_variant("male") == "+m3"
