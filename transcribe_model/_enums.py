"""One enum per enum shape of the service model, open to values newer than the library.

AWS adds language codes, PII entity types and statuses over time. A closed enum would make an
older library crash on a newer response, so every enum here is a ``StrEnum`` whose members are
the values the service model lists, plus *unknown pseudo-members* made on demand by
``from_wire``: instances of the same enum class that keep their string, compare and hash as it,
and say ``is_known is False``. Calling the class (``LanguageCode("xx-XX")``) stays strict and
raises ``ValueError``, so a typo in a request is caught; the liberal path of parsing a response
uses ``from_wire``.

Static checkers see only the listed members, so a ``match`` over them is exhaustive to mypy;
keep a final ``case _:`` arm for values newer than the library.
"""

from __future__ import annotations

import enum
from typing import TYPE_CHECKING, Any, Self, cast


class WireEnum(enum.StrEnum):
    """Base of the service"s enums: a ``str`` enum that can also hold a value it has not seen."""

    if TYPE_CHECKING:
        # Checkers infer ``value`` and ``name`` of an enum instance as the union of its members'
        # literals; an unknown pseudo-member holds any string, so say what is true: a ``str``.
        @property
        def value(self) -> str: ...

        @property
        def name(self) -> str: ...

    @classmethod
    def from_wire(cls, value: str) -> Self:
        """Return the member for ``value``, or an unknown pseudo-member that keeps it.

        Raises:
            TypeError: ``value`` is not a string (callers check types before this).
        """
        if not isinstance(cast(object, value), str):  # for untyped callers
            raise TypeError(f"{cls.__name__} values are strings, not {type(value).__name__}")
        member = cls._value2member_map_.get(value)
        if member is not None:
            return member  # type: ignore[return-value]  # the map holds members of cls
        pseudo = str.__new__(cls, value)
        pseudo._name_ = value
        pseudo._value_ = str(value)
        return pseudo

    @property
    def is_known(self) -> bool:
        """Whether this value is one the service model of this library version lists."""
        return type(self)._value2member_map_.get(self._value_) is self

    def __hash__(self) -> int:
        return str.__hash__(self)

    def __repr__(self) -> str:
        if self.is_known:
            return super().__repr__()
        return f"<{type(self).__name__} unknown {self._value_!r}>"

    def __reduce_ex__(self, protocol: Any) -> tuple[Any, ...]:
        return (type(self).from_wire, (self._value_,))


class LanguageCode(WireEnum):
    """The ``LanguageCode`` enum shape: 117 values in this version."""

    AF_ZA = "af-ZA"
    AR_AE = "ar-AE"
    AR_SA = "ar-SA"
    AM_ET = "am-ET"
    CY_GB = "cy-GB"
    DA_DK = "da-DK"
    DE_CH = "de-CH"
    DE_DE = "de-DE"
    EN_AB = "en-AB"
    EN_AU = "en-AU"
    EN_GB = "en-GB"
    EN_IE = "en-IE"
    EN_IN = "en-IN"
    EN_US = "en-US"
    EN_WL = "en-WL"
    ES_ES = "es-ES"
    ES_MX = "es-MX"
    ES_US = "es-US"
    FA_AF = "fa-AF"
    FA_IR = "fa-IR"
    FR_CA = "fr-CA"
    FR_FR = "fr-FR"
    GA_IE = "ga-IE"
    GD_GB = "gd-GB"
    HE_IL = "he-IL"
    HI_IN = "hi-IN"
    HT_HT = "ht-HT"
    ID_ID = "id-ID"
    IT_IT = "it-IT"
    JA_JP = "ja-JP"
    JV_ID = "jv-ID"
    KM_KH = "km-KH"
    KO_KR = "ko-KR"
    MY_MM = "my-MM"
    MS_MY = "ms-MY"
    NL_NL = "nl-NL"
    PT_BR = "pt-BR"
    PT_PT = "pt-PT"
    RU_RU = "ru-RU"
    TA_IN = "ta-IN"
    TE_IN = "te-IN"
    TR_TR = "tr-TR"
    ZH_CN = "zh-CN"
    ZH_TW = "zh-TW"
    TH_TH = "th-TH"
    EN_ZA = "en-ZA"
    EN_NZ = "en-NZ"
    VI_VN = "vi-VN"
    SV_SE = "sv-SE"
    AB_GE = "ab-GE"
    AST_ES = "ast-ES"
    AZ_AZ = "az-AZ"
    BA_RU = "ba-RU"
    BE_BY = "be-BY"
    BG_BG = "bg-BG"
    BN_IN = "bn-IN"
    BS_BA = "bs-BA"
    CA_ES = "ca-ES"
    CKB_IQ = "ckb-IQ"
    CKB_IR = "ckb-IR"
    CS_CZ = "cs-CZ"
    CY_WL = "cy-WL"
    EL_GR = "el-GR"
    ET_EE = "et-EE"
    ET_ET = "et-ET"
    EU_ES = "eu-ES"
    FI_FI = "fi-FI"
    GL_ES = "gl-ES"
    GU_IN = "gu-IN"
    HA_NG = "ha-NG"
    HR_HR = "hr-HR"
    HU_HU = "hu-HU"
    HY_AM = "hy-AM"
    IS_IS = "is-IS"
    KA_GE = "ka-GE"
    KAB_DZ = "kab-DZ"
    KK_KZ = "kk-KZ"
    KN_IN = "kn-IN"
    KY_KG = "ky-KG"
    LG_IN = "lg-IN"
    LT_LT = "lt-LT"
    LV_LV = "lv-LV"
    MHR_RU = "mhr-RU"
    MI_NZ = "mi-NZ"
    MK_MK = "mk-MK"
    ML_IN = "ml-IN"
    MN_MN = "mn-MN"
    MR_IN = "mr-IN"
    MT_MT = "mt-MT"
    NO_NO = "no-NO"
    NE_NP = "ne-NP"
    OR_IN = "or-IN"
    PA_IN = "pa-IN"
    PL_PL = "pl-PL"
    PS_AF = "ps-AF"
    RO_RO = "ro-RO"
    RW_RW = "rw-RW"
    SI_LK = "si-LK"
    SK_SK = "sk-SK"
    SL_SI = "sl-SI"
    SO_SO = "so-SO"
    SQ_AL = "sq-AL"
    SR_RS = "sr-RS"
    SU_ID = "su-ID"
    SW_BI = "sw-BI"
    SW_KE = "sw-KE"
    SW_RW = "sw-RW"
    SW_TZ = "sw-TZ"
    SW_UG = "sw-UG"
    TL_PH = "tl-PH"
    TT_RU = "tt-RU"
    UG_CN = "ug-CN"
    UK_UA = "uk-UA"
    UZ_UZ = "uz-UZ"
    WO_SN = "wo-SN"
    ZH_HK = "zh-HK"
    ZU_ZA = "zu-ZA"


class MediaFormat(WireEnum):
    """The ``MediaFormat`` enum shape: 8 values in this version."""

    MP3 = "mp3"
    MP4 = "mp4"
    WAV = "wav"
    FLAC = "flac"
    OGG = "ogg"
    AMR = "amr"
    WEBM = "webm"
    M4A = "m4a"


class VocabularyFilterMethod(WireEnum):
    """The ``VocabularyFilterMethod`` enum shape: 3 values in this version."""

    REMOVE = "remove"
    MASK = "mask"
    TAG = "tag"


class RedactionType(WireEnum):
    """The ``RedactionType`` enum shape: 1 value in this version."""

    PII = "PII"


class RedactionOutput(WireEnum):
    """The ``RedactionOutput`` enum shape: 2 values in this version."""

    REDACTED = "redacted"
    REDACTED_AND_UNREDACTED = "redacted_and_unredacted"


class PiiEntityType(WireEnum):
    """The ``PiiEntityType`` enum shape: 30 values in this version."""

    BANK_ACCOUNT_NUMBER = "BANK_ACCOUNT_NUMBER"
    BANK_ROUTING = "BANK_ROUTING"
    CREDIT_DEBIT_NUMBER = "CREDIT_DEBIT_NUMBER"
    CREDIT_DEBIT_CVV = "CREDIT_DEBIT_CVV"
    CREDIT_DEBIT_EXPIRY = "CREDIT_DEBIT_EXPIRY"
    PIN = "PIN"
    EMAIL = "EMAIL"
    ADDRESS = "ADDRESS"
    NAME = "NAME"
    PHONE = "PHONE"
    SSN = "SSN"
    DATE_TIME = "DATE_TIME"
    PASSPORT_NUMBER = "PASSPORT_NUMBER"
    DRIVER_ID = "DRIVER_ID"
    URL = "URL"
    AGE = "AGE"
    USERNAME = "USERNAME"
    PASSWORD = "PASSWORD"
    AWS_ACCESS_KEY = "AWS_ACCESS_KEY"
    AWS_SECRET_KEY = "AWS_SECRET_KEY"
    IP_ADDRESS = "IP_ADDRESS"
    MAC_ADDRESS = "MAC_ADDRESS"
    LICENSE_PLATE = "LICENSE_PLATE"
    VEHICLE_IDENTIFICATION_NUMBER = "VEHICLE_IDENTIFICATION_NUMBER"
    US_INDIVIDUAL_TAX_IDENTIFICATION_NUMBER = "US_INDIVIDUAL_TAX_IDENTIFICATION_NUMBER"
    CA_HEALTH_NUMBER = "CA_HEALTH_NUMBER"
    CA_SOCIAL_INSURANCE_NUMBER = "CA_SOCIAL_INSURANCE_NUMBER"
    INTERNATIONAL_BANK_ACCOUNT_NUMBER = "INTERNATIONAL_BANK_ACCOUNT_NUMBER"
    SWIFT_CODE = "SWIFT_CODE"
    ALL = "ALL"


class SubtitleFormat(WireEnum):
    """The ``SubtitleFormat`` enum shape: 2 values in this version."""

    VTT = "vtt"
    SRT = "srt"


class ToxicityCategory(WireEnum):
    """The ``ToxicityCategory`` enum shape: 1 value in this version."""

    ALL = "ALL"


class TranscriptionJobStatus(WireEnum):
    """The ``TranscriptionJobStatus`` enum shape: 4 values in this version."""

    QUEUED = "QUEUED"
    IN_PROGRESS = "IN_PROGRESS"
    FAILED = "FAILED"
    COMPLETED = "COMPLETED"


class OutputLocationType(WireEnum):
    """The ``OutputLocationType`` enum shape: 2 values in this version."""

    CUSTOMER_BUCKET = "CUSTOMER_BUCKET"
    SERVICE_BUCKET = "SERVICE_BUCKET"
