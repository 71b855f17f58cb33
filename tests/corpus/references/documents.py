"""Whole reports assembled from generated works, with the truth recorded as each piece is written.

A report has two to four parts and, unless the problem planted is ``no_reference_list``, a reference list
rendered by citeproc-py. Every citation's place, first author and year, every entry's first author and year,
and every planted problem are recorded as the text is built: the truth never comes from reading the text back.
"""

# ruff: noqa: E501  (generator tables and frames read best one to a line)
from __future__ import annotations

import copy
import random
import re
import string
import unicodedata
from dataclasses import dataclass, field
from types import ModuleType

from faker import Faker

from marker.checks.regions import REFERENCE_LIST
from marker.documents.model import Block, BlockKind, Document
from tests.corpus.references import (
    blind3_text,
    blind4_text,
    blind5_text,
    blind6_text,
    blind7_text,
    blind8_text,
    blind9_text,
    blind10_text,
    blind11_text,
    blind12_text,
    blind13_text,
    blind14_text,
    blind15_text,
    blind16_text,
    blind17_text,
    blind18_text,
    blind19_text,
    blind20_text,
    blind21_text,
    blind22_text,
    blind23_text,
    blind24_text,
    blind25_text,
    blind26_text,
    blind27_text,
    blind28_text,
    blind29_text,
    blind30_text,
    blind31_text,
    blind32_text,
    blind33_text,
    blind34_text,
    blind35_text,
    blind36_text,
    blind37_text,
    blind38_text,
    blind39_text,
    blind40_text,
    blind41_text,
    blind42_text,
    blind43_text,
    blind44_text,
    blind45_text,
    blind46_text,
    blind47_text,
    blind48_text,
    blind49_text,
    blind50_text,
    blind51_text,
    blind52_text,
    blind53_text,
    blind54_text,
    blind55_text,
    blind56_text,
    blind57_text,
    blind58_text,
    blind59_text,
    blind60_text,
    blind61_text,
    blind62_text,
    blind63_text,
    blind64_text,
    blind65_text,
    blind66_text,
    blind67_text,
    blind68_text,
    blind69_text,
    blind70_text,
    blind71_text,
    blind72_text,
    blind73_text,
    blind74_text,
    blind75_text,
    blind76_text,
    blind77_text,
    blind78_text,
    blind79_text,
    blind80_text,
    blind81_text,
    blind82_text,
    blind83_text,
    blind84_text,
    blind85_text,
    blind86_text,
    blind87_text,
    blind88_text,
    blind89_text,
    blind90_text,
    blind91_text,
    blind92_text,
    blind93_text,
    blind94_text,
    blind95_text,
    blind96_text,
    blind97_text,
    blind98_text,
    blind99_text,
    blind100_text,
    blind101_text,
    blind102_text,
    blind103_text,
    blind104_text,
    blind105_text,
    blind106_text,
    blind107_text,
    blind108_text,
    blind109_text,
    blind110_text,
    blind111_text,
    blind112_text,
    blind113_text,
    blind114_text,
    blind115_text,
    blind116_text,
    blind117_text,
    blind118_text,
    blind119_text,
    blind120_text,
    blind121_text,
    blind122_text,
    blind123_text,
    blind124_text,
    blind125_text,
    blind126_text,
    blind127_text,
    blind128_text,
    blind129_text,
    blind130_text,
    blind131_text,
    blind132_text,
    blind133_text,
    blind134_text,
    blind135_text,
    blind136_text,
    blind137_text,
    blind138_text,
    blind139_text,
    blind140_text,
    blind141_text,
    blind142_text,
    blind143_text,
    blind144_text,
    blind145_text,
    blind146_text,
    blind147_text,
    blind148_text,
    blind149_text,
    blind150_text,
    blind151_text,
    blind152_text,
    blind153_text,
    blind154_text,
    blind155_text,
    blind156_text,
    blind157_text,
    blind158_text,
    blind159_text,
    blind160_text,
    blind161_text,
    blind162_text,
    blind163_text,
    blind164_text,
    blind165_text,
    blind166_text,
    blind167_text,
    blind168_text,
    blind169_text,
    blind170_text,
    blind171_text,
    blind172_text,
    blind173_text,
    blind174_text,
    blind175_text,
    blind176_text,
    blind177_text,
    blind178_text,
    blind179_text,
    blind180_text,
    blind181_text,
    blind182_text,
    blind183_text,
    blind184_text,
    blind185_text,
    blind186_text,
    blind187_text,
    blind188_text,
    blind189_text,
    blind190_text,
    blind191_text,
    blind192_text,
    blind193_text,
    blind194_text,
    blind195_text,
    blind196_text,
    blind197_text,
    blind198_text,
    blind199_text,
    blind200_text,
    blind201_text,
    blind202_text,
    blind203_text,
    blind204_text,
    blind205_text,
    blind206_text,
    blind207_text,
    blind208_text,
    blind209_text,
    blind210_text,
    blind211_text,
    blind212_text,
    blind213_text,
    blind214_text,
    blind215_text,
    blind216_text,
    blind217_text,
    blind218_text,
    blind219_text,
    blind220_text,
    blind221_text,
    blind222_text,
    blind223_text,
    blind224_text,
    blind225_text,
    blind226_text,
    blind227_text,
    blind228_text,
    blind229_text,
    blind230_text,
    blind231_text,
    blind232_text,
    blind233_text,
    blind234_text,
    blind235_text,
    blind236_text,
    blind237_text,
    blind238_text,
    blind239_text,
    blind240_text,
    blind241_text,
    blind242_text,
    blind243_text,
    blind244_text,
    blind245_text,
    blind246_text,
    blind247_text,
    blind248_text,
    blind249_text,
    blind250_text,
    blind251_text,
    blind252_text,
    blind253_text,
    blind254_text,
    blind255_text,
    blind256_text,
    blind257_text,
    blind258_text,
    blind259_text,
    blind260_text,
    blind261_text,
    blind262_text,
    blind263_text,
    blind264_text,
    blind265_text,
    blind266_text,
    blind267_text,
    blind268_text,
    blind269_text,
    blind270_text,
    blind271_text,
    blind272_text,
    blind273_text,
    blind274_text,
    blind275_text,
    blind276_text,
    blind277_text,
    blind278_text,
    blind281_text,
    render,
    text,
)
from tests.corpus.references.blind3_works import Blind3WorkFactory
from tests.corpus.references.blind4_works import Blind4WorkFactory
from tests.corpus.references.blind5_works import Blind5WorkFactory
from tests.corpus.references.blind6_works import Blind6WorkFactory
from tests.corpus.references.blind7_works import Blind7WorkFactory
from tests.corpus.references.blind8_works import Blind8WorkFactory
from tests.corpus.references.blind9_works import Blind9WorkFactory
from tests.corpus.references.blind10_works import Blind10WorkFactory
from tests.corpus.references.blind11_works import Blind11WorkFactory
from tests.corpus.references.blind12_works import Blind12WorkFactory
from tests.corpus.references.blind13_works import Blind13WorkFactory
from tests.corpus.references.blind14_works import Blind14WorkFactory
from tests.corpus.references.blind15_works import Blind15WorkFactory
from tests.corpus.references.blind16_works import Blind16WorkFactory
from tests.corpus.references.blind17_works import Blind17WorkFactory
from tests.corpus.references.blind18_works import Blind18WorkFactory
from tests.corpus.references.blind19_works import Blind19WorkFactory
from tests.corpus.references.blind20_works import Blind20WorkFactory
from tests.corpus.references.blind21_works import Blind21WorkFactory
from tests.corpus.references.blind22_works import Blind22WorkFactory
from tests.corpus.references.blind23_works import Blind23WorkFactory
from tests.corpus.references.blind24_works import Blind24WorkFactory
from tests.corpus.references.blind25_works import Blind25WorkFactory
from tests.corpus.references.blind26_works import Blind26WorkFactory
from tests.corpus.references.blind27_works import Blind27WorkFactory
from tests.corpus.references.blind28_works import Blind28WorkFactory
from tests.corpus.references.blind29_works import Blind29WorkFactory
from tests.corpus.references.blind30_works import Blind30WorkFactory
from tests.corpus.references.blind31_works import Blind31WorkFactory
from tests.corpus.references.blind32_works import Blind32WorkFactory
from tests.corpus.references.blind33_works import Blind33WorkFactory
from tests.corpus.references.blind34_works import Blind34WorkFactory
from tests.corpus.references.blind35_works import Blind35WorkFactory
from tests.corpus.references.blind36_works import Blind36WorkFactory
from tests.corpus.references.blind37_works import Blind37WorkFactory
from tests.corpus.references.blind38_works import Blind38WorkFactory
from tests.corpus.references.blind39_works import Blind39WorkFactory
from tests.corpus.references.blind40_works import Blind40WorkFactory
from tests.corpus.references.blind41_works import Blind41WorkFactory
from tests.corpus.references.blind42_works import Blind42WorkFactory
from tests.corpus.references.blind43_works import Blind43WorkFactory
from tests.corpus.references.blind44_works import Blind44WorkFactory
from tests.corpus.references.blind45_works import Blind45WorkFactory
from tests.corpus.references.blind46_works import Blind46WorkFactory
from tests.corpus.references.blind47_works import Blind47WorkFactory
from tests.corpus.references.blind48_works import Blind48WorkFactory
from tests.corpus.references.blind49_works import Blind49WorkFactory
from tests.corpus.references.blind50_works import Blind50WorkFactory
from tests.corpus.references.blind51_works import Blind51WorkFactory
from tests.corpus.references.blind52_works import Blind52WorkFactory
from tests.corpus.references.blind53_works import Blind53WorkFactory
from tests.corpus.references.blind54_works import Blind54WorkFactory
from tests.corpus.references.blind55_works import Blind55WorkFactory
from tests.corpus.references.blind56_works import Blind56WorkFactory
from tests.corpus.references.blind57_works import Blind57WorkFactory
from tests.corpus.references.blind58_works import Blind58WorkFactory
from tests.corpus.references.blind59_works import Blind59WorkFactory
from tests.corpus.references.blind60_works import Blind60WorkFactory
from tests.corpus.references.blind61_works import Blind61WorkFactory
from tests.corpus.references.blind62_works import Blind62WorkFactory
from tests.corpus.references.blind63_works import Blind63WorkFactory
from tests.corpus.references.blind64_works import Blind64WorkFactory
from tests.corpus.references.blind65_works import Blind65WorkFactory
from tests.corpus.references.blind66_works import Blind66WorkFactory
from tests.corpus.references.blind67_works import Blind67WorkFactory
from tests.corpus.references.blind68_works import Blind68WorkFactory
from tests.corpus.references.blind69_works import Blind69WorkFactory
from tests.corpus.references.blind70_works import Blind70WorkFactory
from tests.corpus.references.blind71_works import Blind71WorkFactory
from tests.corpus.references.blind72_works import Blind72WorkFactory
from tests.corpus.references.blind73_works import Blind73WorkFactory
from tests.corpus.references.blind74_works import Blind74WorkFactory
from tests.corpus.references.blind75_works import Blind75WorkFactory
from tests.corpus.references.blind76_works import Blind76WorkFactory
from tests.corpus.references.blind77_works import Blind77WorkFactory
from tests.corpus.references.blind78_works import Blind78WorkFactory
from tests.corpus.references.blind79_works import Blind79WorkFactory
from tests.corpus.references.blind80_works import Blind80WorkFactory
from tests.corpus.references.blind81_works import Blind81WorkFactory
from tests.corpus.references.blind82_works import Blind82WorkFactory
from tests.corpus.references.blind83_works import Blind83WorkFactory
from tests.corpus.references.blind84_works import Blind84WorkFactory
from tests.corpus.references.blind85_works import Blind85WorkFactory
from tests.corpus.references.blind86_works import Blind86WorkFactory
from tests.corpus.references.blind87_works import Blind87WorkFactory
from tests.corpus.references.blind88_works import Blind88WorkFactory
from tests.corpus.references.blind89_works import Blind89WorkFactory
from tests.corpus.references.blind90_works import Blind90WorkFactory
from tests.corpus.references.blind91_works import Blind91WorkFactory
from tests.corpus.references.blind92_works import Blind92WorkFactory
from tests.corpus.references.blind93_works import Blind93WorkFactory
from tests.corpus.references.blind94_works import Blind94WorkFactory
from tests.corpus.references.blind95_works import Blind95WorkFactory
from tests.corpus.references.blind96_works import Blind96WorkFactory
from tests.corpus.references.blind97_works import Blind97WorkFactory
from tests.corpus.references.blind98_works import Blind98WorkFactory
from tests.corpus.references.blind99_works import Blind99WorkFactory
from tests.corpus.references.blind100_works import Blind100WorkFactory
from tests.corpus.references.blind101_works import Blind101WorkFactory
from tests.corpus.references.blind102_works import Blind102WorkFactory
from tests.corpus.references.blind103_works import Blind103WorkFactory
from tests.corpus.references.blind104_works import Blind104WorkFactory
from tests.corpus.references.blind105_works import Blind105WorkFactory
from tests.corpus.references.blind106_works import Blind106WorkFactory
from tests.corpus.references.blind107_works import Blind107WorkFactory
from tests.corpus.references.blind108_works import Blind108WorkFactory
from tests.corpus.references.blind109_works import Blind109WorkFactory
from tests.corpus.references.blind110_works import Blind110WorkFactory
from tests.corpus.references.blind111_works import Blind111WorkFactory
from tests.corpus.references.blind112_works import Blind112WorkFactory
from tests.corpus.references.blind113_works import Blind113WorkFactory
from tests.corpus.references.blind114_works import Blind114WorkFactory
from tests.corpus.references.blind115_works import Blind115WorkFactory
from tests.corpus.references.blind116_works import Blind116WorkFactory
from tests.corpus.references.blind117_works import Blind117WorkFactory
from tests.corpus.references.blind118_works import Blind118WorkFactory
from tests.corpus.references.blind119_works import Blind119WorkFactory
from tests.corpus.references.blind120_works import Blind120WorkFactory
from tests.corpus.references.blind121_works import Blind121WorkFactory
from tests.corpus.references.blind122_works import Blind122WorkFactory
from tests.corpus.references.blind123_works import Blind123WorkFactory
from tests.corpus.references.blind124_works import Blind124WorkFactory
from tests.corpus.references.blind125_works import Blind125WorkFactory
from tests.corpus.references.blind126_works import Blind126WorkFactory
from tests.corpus.references.blind127_works import Blind127WorkFactory
from tests.corpus.references.blind128_works import Blind128WorkFactory
from tests.corpus.references.blind129_works import Blind129WorkFactory
from tests.corpus.references.blind130_works import Blind130WorkFactory
from tests.corpus.references.blind131_works import Blind131WorkFactory
from tests.corpus.references.blind132_works import Blind132WorkFactory
from tests.corpus.references.blind133_works import Blind133WorkFactory
from tests.corpus.references.blind134_works import Blind134WorkFactory
from tests.corpus.references.blind135_works import Blind135WorkFactory
from tests.corpus.references.blind136_works import Blind136WorkFactory
from tests.corpus.references.blind137_works import Blind137WorkFactory
from tests.corpus.references.blind138_works import Blind138WorkFactory
from tests.corpus.references.blind139_works import Blind139WorkFactory
from tests.corpus.references.blind140_works import Blind140WorkFactory
from tests.corpus.references.blind141_works import Blind141WorkFactory
from tests.corpus.references.blind142_works import Blind142WorkFactory
from tests.corpus.references.blind143_works import Blind143WorkFactory
from tests.corpus.references.blind144_works import Blind144WorkFactory
from tests.corpus.references.blind145_works import Blind145WorkFactory
from tests.corpus.references.blind146_works import Blind146WorkFactory
from tests.corpus.references.blind147_works import Blind147WorkFactory
from tests.corpus.references.blind148_works import Blind148WorkFactory
from tests.corpus.references.blind149_works import Blind149WorkFactory
from tests.corpus.references.blind150_works import Blind150WorkFactory
from tests.corpus.references.blind151_works import Blind151WorkFactory
from tests.corpus.references.blind152_works import Blind152WorkFactory
from tests.corpus.references.blind153_works import Blind153WorkFactory
from tests.corpus.references.blind154_works import Blind154WorkFactory
from tests.corpus.references.blind155_works import Blind155WorkFactory
from tests.corpus.references.blind156_works import Blind156WorkFactory
from tests.corpus.references.blind157_works import Blind157WorkFactory
from tests.corpus.references.blind158_works import Blind158WorkFactory
from tests.corpus.references.blind159_works import Blind159WorkFactory
from tests.corpus.references.blind160_works import Blind160WorkFactory
from tests.corpus.references.blind161_works import Blind161WorkFactory
from tests.corpus.references.blind162_works import Blind162WorkFactory
from tests.corpus.references.blind163_works import Blind163WorkFactory
from tests.corpus.references.blind164_works import Blind164WorkFactory
from tests.corpus.references.blind165_works import Blind165WorkFactory
from tests.corpus.references.blind166_works import Blind166WorkFactory
from tests.corpus.references.blind167_works import Blind167WorkFactory
from tests.corpus.references.blind168_works import Blind168WorkFactory
from tests.corpus.references.blind169_works import Blind169WorkFactory
from tests.corpus.references.blind170_works import Blind170WorkFactory
from tests.corpus.references.blind171_works import Blind171WorkFactory
from tests.corpus.references.blind172_works import Blind172WorkFactory
from tests.corpus.references.blind173_works import Blind173WorkFactory
from tests.corpus.references.blind174_works import Blind174WorkFactory
from tests.corpus.references.blind175_works import Blind175WorkFactory
from tests.corpus.references.blind176_works import Blind176WorkFactory
from tests.corpus.references.blind177_works import Blind177WorkFactory
from tests.corpus.references.blind178_works import Blind178WorkFactory
from tests.corpus.references.blind179_works import Blind179WorkFactory
from tests.corpus.references.blind180_works import Blind180WorkFactory
from tests.corpus.references.blind181_works import Blind181WorkFactory
from tests.corpus.references.blind182_works import Blind182WorkFactory
from tests.corpus.references.blind183_works import Blind183WorkFactory
from tests.corpus.references.blind184_works import Blind184WorkFactory
from tests.corpus.references.blind185_works import Blind185WorkFactory
from tests.corpus.references.blind186_works import Blind186WorkFactory
from tests.corpus.references.blind187_works import Blind187WorkFactory
from tests.corpus.references.blind188_works import Blind188WorkFactory
from tests.corpus.references.blind189_works import Blind189WorkFactory
from tests.corpus.references.blind190_works import Blind190WorkFactory
from tests.corpus.references.blind191_works import Blind191WorkFactory
from tests.corpus.references.blind192_works import Blind192WorkFactory
from tests.corpus.references.blind193_works import Blind193WorkFactory
from tests.corpus.references.blind194_works import Blind194WorkFactory
from tests.corpus.references.blind195_works import Blind195WorkFactory
from tests.corpus.references.blind196_works import Blind196WorkFactory
from tests.corpus.references.blind197_works import Blind197WorkFactory
from tests.corpus.references.blind198_works import Blind198WorkFactory
from tests.corpus.references.blind199_works import Blind199WorkFactory
from tests.corpus.references.blind200_works import Blind200WorkFactory
from tests.corpus.references.blind201_works import Blind201WorkFactory
from tests.corpus.references.blind202_works import Blind202WorkFactory
from tests.corpus.references.blind203_works import Blind203WorkFactory
from tests.corpus.references.blind204_works import Blind204WorkFactory
from tests.corpus.references.blind205_works import Blind205WorkFactory
from tests.corpus.references.blind206_works import Blind206WorkFactory
from tests.corpus.references.blind207_works import Blind207WorkFactory
from tests.corpus.references.blind208_works import Blind208WorkFactory
from tests.corpus.references.blind209_works import Blind209WorkFactory
from tests.corpus.references.blind210_works import Blind210WorkFactory
from tests.corpus.references.blind211_works import Blind211WorkFactory
from tests.corpus.references.blind212_works import Blind212WorkFactory
from tests.corpus.references.blind213_works import Blind213WorkFactory
from tests.corpus.references.blind214_works import Blind214WorkFactory
from tests.corpus.references.blind215_works import Blind215WorkFactory
from tests.corpus.references.blind216_works import Blind216WorkFactory
from tests.corpus.references.blind217_works import Blind217WorkFactory
from tests.corpus.references.blind218_works import Blind218WorkFactory
from tests.corpus.references.blind219_works import Blind219WorkFactory
from tests.corpus.references.blind220_works import Blind220WorkFactory
from tests.corpus.references.blind221_works import Blind221WorkFactory
from tests.corpus.references.blind222_works import Blind222WorkFactory
from tests.corpus.references.blind223_works import Blind223WorkFactory
from tests.corpus.references.blind224_works import Blind224WorkFactory
from tests.corpus.references.blind225_works import Blind225WorkFactory
from tests.corpus.references.blind226_works import Blind226WorkFactory
from tests.corpus.references.blind227_works import Blind227WorkFactory
from tests.corpus.references.blind228_works import Blind228WorkFactory
from tests.corpus.references.blind229_works import Blind229WorkFactory
from tests.corpus.references.blind230_works import Blind230WorkFactory
from tests.corpus.references.blind231_works import Blind231WorkFactory
from tests.corpus.references.blind232_works import Blind232WorkFactory
from tests.corpus.references.blind233_works import Blind233WorkFactory
from tests.corpus.references.blind234_works import Blind234WorkFactory
from tests.corpus.references.blind235_works import Blind235WorkFactory
from tests.corpus.references.blind236_works import Blind236WorkFactory
from tests.corpus.references.blind237_works import Blind237WorkFactory
from tests.corpus.references.blind238_works import Blind238WorkFactory
from tests.corpus.references.blind239_works import Blind239WorkFactory
from tests.corpus.references.blind240_works import Blind240WorkFactory
from tests.corpus.references.blind241_works import Blind241WorkFactory
from tests.corpus.references.blind242_works import Blind242WorkFactory
from tests.corpus.references.blind243_works import Blind243WorkFactory
from tests.corpus.references.blind244_works import Blind244WorkFactory
from tests.corpus.references.blind245_works import Blind245WorkFactory
from tests.corpus.references.blind246_works import Blind246WorkFactory
from tests.corpus.references.blind247_works import Blind247WorkFactory
from tests.corpus.references.blind248_works import Blind248WorkFactory
from tests.corpus.references.blind249_works import Blind249WorkFactory
from tests.corpus.references.blind250_works import Blind250WorkFactory
from tests.corpus.references.blind251_works import Blind251WorkFactory
from tests.corpus.references.blind252_works import Blind252WorkFactory
from tests.corpus.references.blind253_works import Blind253WorkFactory
from tests.corpus.references.blind254_works import Blind254WorkFactory
from tests.corpus.references.blind255_works import Blind255WorkFactory
from tests.corpus.references.blind256_works import Blind256WorkFactory
from tests.corpus.references.blind257_works import Blind257WorkFactory
from tests.corpus.references.blind258_works import Blind258WorkFactory
from tests.corpus.references.blind259_works import Blind259WorkFactory
from tests.corpus.references.blind260_works import Blind260WorkFactory
from tests.corpus.references.blind261_works import Blind261WorkFactory
from tests.corpus.references.blind262_works import Blind262WorkFactory
from tests.corpus.references.blind263_works import Blind263WorkFactory
from tests.corpus.references.blind264_works import Blind264WorkFactory
from tests.corpus.references.blind265_works import Blind265WorkFactory
from tests.corpus.references.blind266_works import Blind266WorkFactory
from tests.corpus.references.blind267_works import Blind267WorkFactory
from tests.corpus.references.blind268_works import Blind268WorkFactory
from tests.corpus.references.blind269_works import Blind269WorkFactory
from tests.corpus.references.blind270_works import Blind270WorkFactory
from tests.corpus.references.blind271_works import Blind271WorkFactory
from tests.corpus.references.blind272_works import Blind272WorkFactory
from tests.corpus.references.blind273_works import Blind273WorkFactory
from tests.corpus.references.blind274_works import Blind274WorkFactory
from tests.corpus.references.blind275_works import Blind275WorkFactory
from tests.corpus.references.blind276_works import Blind276WorkFactory
from tests.corpus.references.blind277_works import Blind277WorkFactory
from tests.corpus.references.blind278_works import Blind278WorkFactory
from tests.corpus.references.blind281_works import Blind281WorkFactory
from tests.corpus.references.records import Blind2WorkFactory, BlindWorkFactory, Work, WorkFactory

PROBLEM_KINDS = ("cited_not_listed", "listed_not_cited", "year_mismatch", "missing_access_date", "not_alphabetical",
                 "incomplete_entry", "no_reference_list", "quotation_without_page")  # fmt: skip


@dataclass(frozen=True)
class Pool:
    """A pool written as its own modules (blind3 on): its prose, its works and the habits of its reports."""

    text: ModuleType  # frames, claims, decoys, BRANDS and values(), filed in text.py under the pool's key
    works: (
        type[Blind3WorkFactory]
        | type[Blind4WorkFactory]
        | type[Blind5WorkFactory]
        | type[Blind6WorkFactory]
        | type[Blind7WorkFactory]
        | type[Blind8WorkFactory]
        | type[Blind9WorkFactory]
        | type[Blind10WorkFactory]
        | type[Blind11WorkFactory]
        | type[Blind12WorkFactory]
        | type[Blind13WorkFactory]
        | type[Blind14WorkFactory]
        | type[Blind15WorkFactory]
        | type[Blind16WorkFactory]
        | type[Blind17WorkFactory]
        | type[Blind18WorkFactory]
        | type[Blind19WorkFactory]
        | type[Blind20WorkFactory]
        | type[Blind21WorkFactory]
        | type[Blind22WorkFactory]
        | type[Blind23WorkFactory]
        | type[Blind24WorkFactory]
        | type[Blind25WorkFactory]
        | type[Blind26WorkFactory]
        | type[Blind27WorkFactory]
        | type[Blind28WorkFactory]
        | type[Blind29WorkFactory]
        | type[Blind30WorkFactory]
        | type[Blind31WorkFactory]
        | type[Blind32WorkFactory]
        | type[Blind33WorkFactory]
        | type[Blind34WorkFactory]
        | type[Blind35WorkFactory]
        | type[Blind36WorkFactory]
        | type[Blind37WorkFactory]
        | type[Blind38WorkFactory]
        | type[Blind39WorkFactory]
        | type[Blind41WorkFactory]
        | type[Blind40WorkFactory]
        | type[Blind42WorkFactory]
        | type[Blind43WorkFactory]
        | type[Blind44WorkFactory]
        | type[Blind46WorkFactory]
        | type[Blind47WorkFactory]
        | type[Blind45WorkFactory]
        | type[Blind48WorkFactory]
        | type[Blind49WorkFactory]
        | type[Blind50WorkFactory]
        | type[Blind51WorkFactory]
        | type[Blind52WorkFactory]
        | type[Blind53WorkFactory]
        | type[Blind54WorkFactory]
        | type[Blind55WorkFactory]
        | type[Blind56WorkFactory]
        | type[Blind57WorkFactory]
        | type[Blind58WorkFactory]
        | type[Blind59WorkFactory]
        | type[Blind60WorkFactory]
        | type[Blind61WorkFactory]
        | type[Blind62WorkFactory]
        | type[Blind63WorkFactory]
        | type[Blind64WorkFactory]
        | type[Blind65WorkFactory]
        | type[Blind66WorkFactory]
        | type[Blind67WorkFactory]
        | type[Blind68WorkFactory]
        | type[Blind69WorkFactory]
        | type[Blind70WorkFactory]
        | type[Blind71WorkFactory]
        | type[Blind72WorkFactory]
        | type[Blind73WorkFactory]
        | type[Blind74WorkFactory]
        | type[Blind75WorkFactory]
        | type[Blind76WorkFactory]
        | type[Blind77WorkFactory]
        | type[Blind78WorkFactory]
        | type[Blind79WorkFactory]
        | type[Blind80WorkFactory]
        | type[Blind81WorkFactory]
        | type[Blind82WorkFactory]
        | type[Blind83WorkFactory]
        | type[Blind84WorkFactory]
        | type[Blind85WorkFactory]
        | type[Blind86WorkFactory]
        | type[Blind87WorkFactory]
        | type[Blind88WorkFactory]
        | type[Blind89WorkFactory]
        | type[Blind90WorkFactory]
        | type[Blind91WorkFactory]
        | type[Blind92WorkFactory]
        | type[Blind93WorkFactory]
        | type[Blind94WorkFactory]
        | type[Blind95WorkFactory]
        | type[Blind96WorkFactory]
        | type[Blind97WorkFactory]
        | type[Blind98WorkFactory]
        | type[Blind100WorkFactory]
        | type[Blind101WorkFactory]
        | type[Blind99WorkFactory]
        | type[Blind102WorkFactory]
        | type[Blind103WorkFactory]
        | type[Blind104WorkFactory]
        | type[Blind105WorkFactory]
        | type[Blind106WorkFactory]
        | type[Blind107WorkFactory]
        | type[Blind108WorkFactory]
        | type[Blind109WorkFactory]
        | type[Blind110WorkFactory]
        | type[Blind111WorkFactory]
        | type[Blind112WorkFactory]
        | type[Blind113WorkFactory]
        | type[Blind114WorkFactory]
        | type[Blind115WorkFactory]
        | type[Blind116WorkFactory]
        | type[Blind117WorkFactory]
        | type[Blind118WorkFactory]
        | type[Blind119WorkFactory]
        | type[Blind120WorkFactory]
        | type[Blind121WorkFactory]
        | type[Blind122WorkFactory]
        | type[Blind123WorkFactory]
        | type[Blind124WorkFactory]
        | type[Blind125WorkFactory]
        | type[Blind126WorkFactory]
        | type[Blind127WorkFactory]
        | type[Blind128WorkFactory]
        | type[Blind129WorkFactory]
        | type[Blind130WorkFactory]
        | type[Blind131WorkFactory]
        | type[Blind133WorkFactory]
        | type[Blind134WorkFactory]
        | type[Blind135WorkFactory]
        | type[Blind132WorkFactory]
        | type[Blind136WorkFactory]
        | type[Blind137WorkFactory]
        | type[Blind138WorkFactory]
        | type[Blind139WorkFactory]
        | type[Blind140WorkFactory]
        | type[Blind141WorkFactory]
        | type[Blind142WorkFactory]
        | type[Blind143WorkFactory]
        | type[Blind144WorkFactory]
        | type[Blind145WorkFactory]
        | type[Blind146WorkFactory]
        | type[Blind147WorkFactory]
        | type[Blind148WorkFactory]
        | type[Blind149WorkFactory]
        | type[Blind150WorkFactory]
        | type[Blind151WorkFactory]
        | type[Blind152WorkFactory]
        | type[Blind153WorkFactory]
        | type[Blind154WorkFactory]
        | type[Blind155WorkFactory]
        | type[Blind156WorkFactory]
        | type[Blind157WorkFactory]
        | type[Blind158WorkFactory]
        | type[Blind159WorkFactory]
        | type[Blind160WorkFactory]
        | type[Blind161WorkFactory]
        | type[Blind162WorkFactory]
        | type[Blind163WorkFactory]
        | type[Blind164WorkFactory]
        | type[Blind165WorkFactory]
        | type[Blind166WorkFactory]
        | type[Blind167WorkFactory]
        | type[Blind168WorkFactory]
        | type[Blind169WorkFactory]
        | type[Blind170WorkFactory]
        | type[Blind171WorkFactory]
        | type[Blind172WorkFactory]
        | type[Blind173WorkFactory]
        | type[Blind174WorkFactory]
        | type[Blind175WorkFactory]
        | type[Blind176WorkFactory]
        | type[Blind177WorkFactory]
        | type[Blind178WorkFactory]
        | type[Blind179WorkFactory]
        | type[Blind180WorkFactory]
        | type[Blind181WorkFactory]
        | type[Blind182WorkFactory]
        | type[Blind183WorkFactory]
        | type[Blind184WorkFactory]
        | type[Blind185WorkFactory]
        | type[Blind186WorkFactory]
        | type[Blind187WorkFactory]
        | type[Blind188WorkFactory]
        | type[Blind189WorkFactory]
        | type[Blind190WorkFactory]
        | type[Blind191WorkFactory]
        | type[Blind192WorkFactory]
        | type[Blind193WorkFactory]
        | type[Blind194WorkFactory]
        | type[Blind195WorkFactory]
        | type[Blind196WorkFactory]
        | type[Blind197WorkFactory]
        | type[Blind198WorkFactory]
        | type[Blind199WorkFactory]
        | type[Blind200WorkFactory]
        | type[Blind201WorkFactory]
        | type[Blind202WorkFactory]
        | type[Blind203WorkFactory]
        | type[Blind204WorkFactory]
        | type[Blind205WorkFactory]
        | type[Blind206WorkFactory]
        | type[Blind207WorkFactory]
        | type[Blind208WorkFactory]
        | type[Blind209WorkFactory]
        | type[Blind210WorkFactory]
        | type[Blind211WorkFactory]
        | type[Blind214WorkFactory]
        | type[Blind218WorkFactory]
        | type[Blind219WorkFactory]
        | type[Blind220WorkFactory]
        | type[Blind221WorkFactory]
        | type[Blind222WorkFactory]
        | type[Blind223WorkFactory]
        | type[Blind224WorkFactory]
        | type[Blind225WorkFactory]
        | type[Blind226WorkFactory]
        | type[Blind227WorkFactory]
        | type[Blind228WorkFactory]
        | type[Blind229WorkFactory]
        | type[Blind230WorkFactory]
        | type[Blind231WorkFactory]
        | type[Blind232WorkFactory]
        | type[Blind233WorkFactory]
        | type[Blind234WorkFactory]
        | type[Blind235WorkFactory]
        | type[Blind236WorkFactory]
        | type[Blind237WorkFactory]
        | type[Blind239WorkFactory]
        | type[Blind241WorkFactory]
        | type[Blind238WorkFactory]
        | type[Blind240WorkFactory]
        | type[Blind242WorkFactory]
        | type[Blind245WorkFactory]
        | type[Blind246WorkFactory]
        | type[Blind247WorkFactory]
        | type[Blind248WorkFactory]
        | type[Blind249WorkFactory]
        | type[Blind250WorkFactory]
        | type[Blind251WorkFactory]
        | type[Blind252WorkFactory]
        | type[Blind253WorkFactory]
        | type[Blind254WorkFactory]
        | type[Blind255WorkFactory]
        | type[Blind256WorkFactory]
        | type[Blind257WorkFactory]
        | type[Blind258WorkFactory]
        | type[Blind259WorkFactory]
        | type[Blind243WorkFactory]
        | type[Blind244WorkFactory]
        | type[Blind274WorkFactory]
        | type[Blind278WorkFactory]
        | type[Blind281WorkFactory]
    )
    quotation_marks: tuple[tuple[str, str], ...]  # drawn for each quotation
    headings: tuple[str, ...]  # the reference list's heading, one drawn per report
    straight_apostrophe: float = 0.4  # chance a possessive citation is typed "Smith's (2019)"
    bullets: float = 0.2  # chance a group of sentences is written as a bulleted list


# Every pool with modules of its own is wired here, and only here (HALVES below gives its seeds).
POOLS: dict[str, Pool] = {
    "blind3": Pool(blind3_text, Blind3WorkFactory, (("‘", "’"), ("‘", "’"), ("“", "”"), ("'", "'"), ('"', '"')),
                   ("References", "References", "Reference list", "References:", "REFERENCES", "Bibliography")),
    "blind4": Pool(blind4_text, Blind4WorkFactory, (("‘", "’"), ("“", "”"), ("“", "”"), ("'", "'"), ('"', '"')),
                   ("References", "Reference List", "References", "Harvard references", "List of references")),
    "blind5": Pool(blind5_text, Blind5WorkFactory, (("‘", "’"), ("‘", "’"), ("“", "”"), ("'", "'"), ('"', '"'), ("“", "”"), ("'", "'")),
                   ("References", "References", "Reference list", "Reference List", "Harvard Reference List", "REFERENCE LIST", "References:"),
                   straight_apostrophe=0.5, bullets=0.15),
    "blind6": Pool(blind6_text, Blind6WorkFactory, (("‘", "’"), ("‘", "’"), ("‘", "’"), ("“", "”"), ("'", "'"), ('"', '"'), ('"', '"')),
                   ("References", "References", "Reference list", "Reference List", "References (Harvard)", "Sources", "REFERENCES", "List of References"),
                   straight_apostrophe=0.45, bullets=0.2),
    "blind7": Pool(blind7_text, Blind7WorkFactory, (("‘", "’"), ("‘", "’"), ("“", "”"), ("“", "”"), ("'", "'"), ('"', '"')),
                   ("References", "References", "Reference list", "Reference List", "REFERENCES", "References:", "Harvard reference list", "Reference List (Harvard)"),
                   straight_apostrophe=0.35, bullets=0.25),
    "blind8": Pool(blind8_text, Blind8WorkFactory, (("‘", "’"), ("‘", "’"), ("‘", "’"), ("“", "”"), ("'", "'"), ("'", "'"), ('"', '"')),
                   ("References", "References", "References", "Reference List", "Reference list", "REFERENCE LIST", "Bibliography", "References (Cite Them Right Harvard)"),
                   straight_apostrophe=0.45, bullets=0.3),
    "blind9": Pool(blind9_text, Blind9WorkFactory, (("‘", "’"), ("‘", "’"), ("“", "”"), ("'", "'"), ("'", "'"), ('"', '"')),
                   ("References", "References", "Reference List", "Reference list", "REFERENCES", "References:", "Bibliography", "Reference List:", "Harvard References"),
                   straight_apostrophe=0.55, bullets=0.3),
    "blind10": Pool(blind10_text, Blind10WorkFactory, (("‘", "’"), ("‘", "’"), ("‘", "’"), ("“", "”"), ("“", "”"), ("'", "'"), ('"', '"')),
                    ("References", "References", "Reference List", "Reference list", "REFERENCES", "References:", "Reference List (Harvard)", "List of References", "Bibliography"),
                    straight_apostrophe=0.4, bullets=0.25),
    "blind11": Pool(blind11_text, Blind11WorkFactory, (("‘", "’"), ("‘", "’"), ("“", "”"), ("'", "'"), ("'", "'"), ('"', '"'), ('"', '"')),
                    ("References", "References", "Reference List", "Reference list", "REFERENCES", "References:", "Bibliography", "Reference List (CTR Harvard)", "Sources Used"),
                    straight_apostrophe=0.5, bullets=0.3),
    "blind12": Pool(blind12_text, Blind12WorkFactory, (("‘", "’"), ("‘", "’"), ("“", "”"), ("“", "”"), ("'", "'"), ('"', '"'), ('"', '"')),
                    ("References", "References", "Reference List", "Reference list", "REFERENCES", "References:", "Reference list (Harvard)", "Bibliography", "List of references", "Sources cited"),
                    straight_apostrophe=0.55, bullets=0.25),
    "blind13": Pool(blind13_text, Blind13WorkFactory, (("‘", "’"), ("‘", "’"), ("‘", "’"), ("“", "”"), ("“", "”"), ("'", "'"), ('"', '"')),
                    ("References", "References", "References", "Reference List", "Reference list", "REFERENCES", "References:", "Bibliography", "Reference List (Harvard)", "Group reference list"),
                    straight_apostrophe=0.45, bullets=0.25),
    "blind14": Pool(blind14_text, Blind14WorkFactory, (("‘", "’"), ("‘", "’"), ("“", "”"), ("'", "'"), ("'", "'"), ('"', '"'), ('"', '"'), ('"', '"')),
                    ("References", "References", "Reference List", "Reference list", "REFERENCES", "References:", "Reference list (Cite Them Right Harvard)", "Bibliography", "References used", "Reference List:"),
                    straight_apostrophe=0.6, bullets=0.3),
    "blind15": Pool(blind15_text, Blind15WorkFactory, (("‘", "’"), ("‘", "’"), ("“", "”"), ("“", "”"), ("“", "”"), ("'", "'"), ('"', '"'), ('"', '"')),
                    ("References", "References", "Reference List", "Reference list", "REFERENCES", "References:", "Bibliography", "Reference List (Harvard style)", "List of References", "Sources consulted"),
                    straight_apostrophe=0.5, bullets=0.2),
    # blind16 (HELD OUT): hurried undergraduates and small-firm CIM learners mix straight and curly marks most of all
    "blind16": Pool(blind16_text, Blind16WorkFactory, (("‘", "’"), ("'", "'"), ("'", "'"), ('"', '"'), ('"', '"'), ("“", "”"), ("‘", "’")),
                    ("References", "References", "Reference List", "Reference list", "references", "REFERENCES", "References:", "Reference list:", "Bibliography", "Harvard References", "Sources"),
                    straight_apostrophe=0.65, bullets=0.3),
    # blind17 (HELD OUT): senior marketers on CIM Level 6 and Chartered courses, careful with curly marks, fond of house headings
    "blind17": Pool(blind17_text, Blind17WorkFactory, (("‘", "’"), ("‘", "’"), ("‘", "’"), ("“", "”"), ("“", "”"), ("'", "'"), ('"', '"')),
                    ("References", "References", "Reference List", "Reference list", "REFERENCES", "Bibliography and references", "Reference List (Harvard)", "Sources referred to", "References and further reading"),
                    straight_apostrophe=0.3, bullets=0.15),
    # blind18 (held out for its first tables, development data since stop 26): apprentices and CIM candidates abroad, typing on phones and laptops, mostly straight marks
    "blind18": Pool(blind18_text, Blind18WorkFactory, (("'", "'"), ("'", "'"), ('"', '"'), ('"', '"'), ("‘", "’"), ("“", "”")),
                    ("References", "References", "REFERENCES", "Reference List", "Reference list", "References:", "Bibliography", "List of References", "Reference List (Harvard)", "Works Cited"),
                    straight_apostrophe=0.6, bullets=0.35),
    # blind19 (held out for its first tables, development data since stop 26): college (NCFE, BTEC Level 3) and first-year students, straight marks from phones and Google Docs' curly ones
    "blind19": Pool(blind19_text, Blind19WorkFactory, (("'", "'"), ('"', '"'), ('"', '"'), ("‘", "’"), ("“", "”"), ("“", "”")),
                    ("References", "References", "Reference List", "Reference list", "references", "Bibliography", "Sources", "Sources used", "Websites I used", "REFERENCES"),
                    straight_apostrophe=0.65, bullets=0.35),
    # blind20 (held out for its first tables, development data since stop 26): lecturers' model answers and MSc/PhD literature reviews, curly marks, few bulleted lists
    "blind20": Pool(blind20_text, Blind20WorkFactory, (("‘", "’"), ("‘", "’"), ("‘", "’"), ("“", "”"), ("“", "”"), ("'", "'"), ('"', '"')),
                    ("References", "References", "References", "Reference list", "Reference List", "Bibliography", "References cited", "Works cited", "REFERENCES"),
                    straight_apostrophe=0.25, bullets=0.1),
    # blind21 (held out for its first tables, development data since stop 26): digital and social-media practitioners and agency account executives, Google Docs' curly marks and pasted straight ones, many bullets
    "blind21": Pool(blind21_text, Blind21WorkFactory, (("‘", "’"), ("‘", "’"), ("“", "”"), ("“", "”"), ("'", "'"), ('"', '"')),
                    ("References", "References", "Reference list", "Reference List", "REFERENCES", "References:", "Sources", "Reference list (Harvard)", "Bibliography"),
                    straight_apostrophe=0.45, bullets=0.35),
    # blind22 (held out for its first tables, development data since stop 26): CIM candidates at centres in the Gulf, East and South-East Asia and the Caribbean, Word's curly marks and laptops' straight ones
    "blind22": Pool(blind22_text, Blind22WorkFactory, (("‘", "’"), ("‘", "’"), ("“", "”"), ("“", "”"), ("'", "'"), ('"', '"'), ('"', '"')),
                    ("References", "References", "Reference List", "Reference list", "REFERENCES", "References:", "Bibliography", "List of References", "Reference List (Harvard)", "Reference"),
                    straight_apostrophe=0.5, bullets=0.3),
    # blind23 (held out for its first tables, development data since stop 26): CIM Level 4 and NCFE Level 3 learners in charities, sport, arts, heritage and public health, on Word's curly marks and some straight ones
    "blind23": Pool(blind23_text, Blind23WorkFactory, (("‘", "’"), ("‘", "’"), ("“", "”"), ("“", "”"), ("'", "'"), ('"', '"')),
                    ("References", "References", "Reference list", "Reference List", "REFERENCES", "References:", "Bibliography", "Sources and references", "Reference list (Harvard)"),
                    straight_apostrophe=0.4, bullets=0.3),
    # blind24 (held out for its first tables, development data since stop 26): in-house brand and category managers in consumer goods on the CIM Level 6 Diploma, Word's curly marks and some pasted straight ones, house headings
    "blind24": Pool(blind24_text, Blind24WorkFactory, (("‘", "’"), ("‘", "’"), ("‘", "’"), ("“", "”"), ("“", "”"), ("'", "'"), ('"', '"')),
                    ("References", "References", "Reference list", "Reference List", "REFERENCES", "References:", "Bibliography", "Reference list (Harvard)", "Sources and references", "References (Cite Them Right)"),
                    straight_apostrophe=0.35, bullets=0.25),
    # blind25 (held out for its first tables, development data since stop 26): sport, music and events marketers in Australia, New Zealand, Canada and Ireland, Word's curly marks, some pasted straight ones, bulleted options
    "blind25": Pool(blind25_text, Blind25WorkFactory, (("‘", "’"), ("‘", "’"), ("‘", "’"), ("“", "”"), ("'", "'"), ('"', '"')),
                    ("References", "References", "Reference List", "Reference list", "REFERENCES", "References:", "Bibliography", "Reference list (Cite Them Right)", "Sources"),
                    straight_apostrophe=0.4, bullets=0.3),
    # blind26 (held out for its first tables, development data since stop 26): engineers moving into B2B marketing and CIM Level 6 candidates in German, Dutch, Nordic, Indian and UK industrial firms, Word's curly marks and straight ones from code editors and PDFs
    "blind26": Pool(blind26_text, Blind26WorkFactory, (("‘", "’"), ("‘", "’"), ("“", "”"), ("'", "'"), ("'", "'"), ('"', '"'), ("„", "“")),
                    ("References", "References", "Reference list", "Reference List", "REFERENCES", "References:", "Bibliography", "List of references", "Sources", "References (Harvard)"),
                    straight_apostrophe=0.5, bullets=0.35),
    # blind27 (held out for its first tables, development data since stop 27): PR and corporate communications students and practitioners on CIM and CIPR courses, Word's curly marks, press-office straight ones
    "blind27": Pool(blind27_text, Blind27WorkFactory, (("‘", "’"), ("‘", "’"), ("‘", "’"), ("“", "”"), ("“", "”"), ("'", "'"), ('"', '"')),
                    ("References", "References", "Reference list", "Reference List", "REFERENCES", "References:", "Bibliography", "Sources", "Reference list (Harvard)", "References and sources"),
                    straight_apostrophe=0.4, bullets=0.3),
    # blind28 (held out for its first tables, development data since stop 27): Mediterranean hospitality and tourism marketers on CIM courses in English, Word's curly marks and European keyboards' straight ones
    "blind28": Pool(blind28_text, Blind28WorkFactory, (("‘", "’"), ("‘", "’"), ("“", "”"), ("“", "”"), ("'", "'"), ('"', '"'), ('"', '"')),
                    ("References", "References", "Reference List", "Reference list", "REFERENCES", "References:", "Bibliography", "Reference List (Harvard)", "List of References", "Referencias / References"),
                    straight_apostrophe=0.5, bullets=0.25),
    # blind29 (held out for its first tables, development data since stop 27): MSc Marketing Analytics students and analysts, statistics and software in the text, on Word's curly marks and straight ones from code editors
    "blind29": Pool(blind29_text, Blind29WorkFactory, (("‘", "’"), ("‘", "’"), ("“", "”"), ("“", "”"), ("'", "'"), ('"', '"'), ('"', '"')),
                    ("References", "References", "Reference list", "Reference List", "REFERENCES", "References:", "Bibliography", "References (Harvard)", "Works cited"),
                    straight_apostrophe=0.5, bullets=0.2),
    # blind30 (held out for its first tables, development data since stop 27): financial-services marketers in the UK, Nigeria, Ghana, Kenya and South Africa on CIM Level 6 and 7 courses, Word's curly marks and phones' straight ones
    "blind30": Pool(blind30_text, Blind30WorkFactory, (("‘", "’"), ("‘", "’"), ("“", "”"), ("“", "”"), ("'", "'"), ('"', '"'), ('"', '"')),
                    ("References", "References", "Reference list", "Reference List", "REFERENCES", "References:", "Bibliography", "Reference list (Harvard)", "List of references", "Sources"),
                    straight_apostrophe=0.5, bullets=0.3),
    # blind31 (held out for its first tables, development data since stop 27): communications and marketing staff in NHS trusts, ICBs, councils, public health teams, medical charities and pharma, Word's curly marks from templates, straight ones from NHS laptops and phones, bulleted plans
    "blind31": Pool(blind31_text, Blind31WorkFactory, (("‘", "’"), ("‘", "’"), ("“", "”"), ("“", "”"), ("'", "'"), ("'", "'"), ('"', '"')),
                    ("References", "References", "Reference list", "Reference List", "REFERENCES", "References:", "Bibliography", "Reference list (Harvard)", "Evidence and references", "Sources"),
                    straight_apostrophe=0.45, bullets=0.35),
    # blind32 (held out for its first tables, development data since stop 27): marketing apprentices (CIM Level 4, NCFE Level 3, degree apprentices) in university recruitment and admissions teams, FE colleges and training providers, Word's curly marks and straight ones from phones, CRM and email tools
    "blind32": Pool(blind32_text, Blind32WorkFactory, (("‘", "’"), ("‘", "’"), ("“", "”"), ("“", "”"), ("'", "'"), ("'", "'"), ('"', '"')),
                    ("References", "References", "Reference List", "Reference list", "REFERENCES", "References:", "Bibliography", "Reference list (Harvard)", "Sources", "References and sources"),
                    straight_apostrophe=0.5, bullets=0.3),
    # blind33 (held out for its first tables, development data since stop 27): automotive and mobility marketers (car makers, dealer groups, leasing, charging, micromobility, ride-hailing) in the UK, Germany, France, Italy, Sweden, Japan, South Korea and India on CIM Level 6 and 7 courses, Word's curly marks and straight ones from DMS and CRM tools, German and French marks now and then
    "blind33": Pool(blind33_text, Blind33WorkFactory, (("‘", "’"), ("‘", "’"), ("“", "”"), ("“", "”"), ("'", "'"), ('"', '"'), ('"', '"'), ("„", "“")),
                    ("References", "References", "Reference List", "Reference list", "REFERENCES", "References:", "Bibliography", "Reference list (Harvard)", "Sources", "List of References"),
                    straight_apostrophe=0.45, bullets=0.3),
    # blind34 (held out for its first tables, development data since stop 27): brand, CRM and e-commerce marketers at luxury houses, fashion retailers and beauty brands in Paris, Milan, London, Seoul, Tokyo, Shanghai, Hong Kong and Dubai, Word's and Pages' curly marks, straight ones from Korean, Chinese and Japanese keyboards and phones
    "blind34": Pool(blind34_text, Blind34WorkFactory, (("‘", "’"), ("‘", "’"), ("“", "”"), ("“", "”"), ("“", "”"), ("'", "'"), ('"', '"'), ('"', '"')),
                    ("References", "References", "Reference List", "Reference list", "REFERENCES", "References:", "Bibliography", "Reference list (Harvard)", "Sources", "List of references"),
                    straight_apostrophe=0.45, bullets=0.25),
    # blind35 (held out for its first tables, development data since stop 27): business-development and marketing managers in law firms, accountancy practices, consultancies, architects, recruiters and wealth managers in the UK, Ireland, Singapore and Australia, Word's curly marks from house templates and straight ones pasted from CRM, LinkedIn and email tools, bulleted pitch plans
    "blind35": Pool(blind35_text, Blind35WorkFactory, (("‘", "’"), ("‘", "’"), ("‘", "’"), ("“", "”"), ("“", "”"), ("'", "'"), ('"', '"')),
                    ("References", "References", "Reference List", "Reference list", "REFERENCES", "References:", "Bibliography", "Sources", "Reference list (Harvard)", "References and sources"),
                    straight_apostrophe=0.4, bullets=0.3),
    # blind36 (held out for its first tables, development data since stop 28): owners and marketers of farms, farm shops, dairies, distilleries, breweries, vineyards, food producers and rural tourism businesses in Wales, Scotland, Cornwall, Northern Ireland, Yorkshire and the Marches, Word's curly marks on the college laptop and straight ones typed on phones and tablets in the farm office, bulleted action plans
    "blind36": Pool(blind36_text, Blind36WorkFactory, (("‘", "’"), ("‘", "’"), ("“", "”"), ("“", "”"), ("'", "'"), ("'", "'"), ('"', '"'), ('"', '"')),
                    ("References", "References", "Reference List", "Reference list", "REFERENCES", "References:", "Bibliography", "Sources", "Reference list", "Harvard references"),
                    straight_apostrophe=0.55, bullets=0.35),
    # blind37 (held out for its first tables, development data since stop 28): community, influencer and performance marketers at games studios, publishers, esports teams and streaming platforms in the UK, Poland, Finland, Sweden, France, Japan, South Korea and Brazil, Word's curly marks and straight ones pasted from Discord, Slack, Notion and Jira, French guillemets now and then, bulleted launch plans
    "blind37": Pool(blind37_text, Blind37WorkFactory, (("‘", "’"), ("‘", "’"), ("“", "”"), ("“", "”"), ("'", "'"), ('"', '"'), ('"', '"'), ("« ", " »")),
                    ("References", "References", "Reference list", "Reference List", "REFERENCES", "References:", "Bibliography", "Reference list (Harvard)", "Sources", "Works cited"),
                    straight_apostrophe=0.55, bullets=0.35),
    # blind38 (held out for its first tables, development data since stop 28): customer, brand and campaigns marketers at energy suppliers, water companies, broadband and telecoms providers, train operating companies, bus groups and airports in the UK and Ireland, Word's curly marks from corporate templates and straight ones pasted from CRM, ticketing and billing systems, Teams and email, bulleted campaign plans
    "blind38": Pool(blind38_text, Blind38WorkFactory, (("‘", "’"), ("‘", "’"), ("“", "”"), ("“", "”"), ("'", "'"), ("'", "'"), ('"', '"')),
                    ("References", "References", "Reference List", "Reference list", "REFERENCES", "References:", "Bibliography", "Reference list (Harvard)", "Sources", "References (Cite Them Right Harvard)"),
                    straight_apostrophe=0.5, bullets=0.35),
    # blind39 (held out for its first tables, development data since stop 28): marketing, sales and communications staff at housebuilders, estate and letting agents, housing associations, build-to-rent operators, proptech start-ups, builders' merchants and construction-product makers in the UK and Ireland, Word's curly marks from brochure templates and straight ones pasted from CRM, portal feeds and plot spreadsheets, bulleted launch plans
    "blind39": Pool(blind39_text, Blind39WorkFactory, (("‘", "’"), ("‘", "’"), ("“", "”"), ("“", "”"), ("'", "'"), ("'", "'"), ('"', '"')),
                    ("References", "References", "Reference list", "Reference List", "REFERENCES", "References:", "Bibliography", "Reference list (Harvard)", "List of references", "Harvard reference list"),
                    straight_apostrophe=0.45, bullets=0.3),
    # blind41 (held out for its first tables, development data since stop 28): e-commerce, marketplace, CRM and growth marketers at retailers, D2C brands, delivery apps and marketplaces in Spain, Portugal, Mexico, Brazil, Colombia, Argentina and Chile writing in English, Word's curly marks, straight ones from phones, Slack and WhatsApp, Spanish and Portuguese guillemets now and then, bulleted sale-event plans
    "blind41": Pool(blind41_text, Blind41WorkFactory, (("‘", "’"), ("‘", "’"), ("“", "”"), ("“", "”"), ("'", "'"), ('"', '"'), ('"', '"'), ("«", "»")),
                    ("References", "References", "Reference List", "Reference list", "REFERENCES", "References:", "Bibliography", "Reference list (Harvard)", "List of references", "References and sources"),
                    straight_apostrophe=0.55, bullets=0.3),
    # blind40 (held out for its first tables, development data since stop 28): sustainability, brand-purpose and corporate-responsibility marketers at B Corps, consumer brands, retailers, packaging firms and NGOs' partnership teams in the UK, the Netherlands, Germany, Denmark and Canada, Word's curly marks, straight ones pasted from Google Docs, Notion and LinkedIn, German low-high and Danish guillemet quotation marks now and then, bulleted roadmaps and recommendations
    "blind40": Pool(blind40_text, Blind40WorkFactory, (("‘", "’"), ("‘", "’"), ("“", "”"), ("“", "”"), ("'", "'"), ('"', '"'), ('"', '"'), ("„", "“"), ("»", "«")),
                    ("References", "References", "Reference List", "Reference list", "REFERENCES", "References:", "Bibliography", "Reference list (Harvard)", "Sources", "Reference list (CTR Harvard)", "Literature"),
                    straight_apostrophe=0.45, bullets=0.3),
    # blind42 (held out for its first tables, development data since stop 28): brand, digital and trade marketers at FMCG firms, telcos, fintechs, edtechs, D2C start-ups and agencies in India, Pakistan, Bangladesh and Sri Lanka, Word's curly marks, straight ones from phones, WhatsApp and Google Docs, headings from Indian MBA habits, bulleted plans
    "blind42": Pool(blind42_text, Blind42WorkFactory, (("‘", "’"), ("“", "”"), ("“", "”"), ("'", "'"), ('"', '"'), ('"', '"'), ("‘", "’")),
                    ("References", "References", "Reference List", "Reference list", "REFERENCES", "References:", "Bibliography", "Bibliography:", "Reference List (Harvard)", "Webliography", "References and Bibliography"),
                    straight_apostrophe=0.55, bullets=0.35),
    # blind43 (held out for its first tables, development data since stop 28): audience-development, marketing and press staff at theatres, museums, galleries, orchestras, festivals, publishers, record labels, film distributors, broadcasters and streamers in the UK, Ireland and the US, Word's curly marks from press-release templates, straight ones pasted from box-office systems, CMS and Slack, bulleted campaign plans
    "blind43": Pool(blind43_text, Blind43WorkFactory, (("‘", "’"), ("‘", "’"), ("‘", "’"), ("“", "”"), ("“", "”"), ("'", "'"), ('"', '"')),
                    ("References", "References", "Reference list", "Reference List", "REFERENCES", "References:", "Bibliography", "Reference list (Harvard)", "Sources", "Works cited"),
                    straight_apostrophe=0.4, bullets=0.3),
    # blind44 (held out for its first tables, development data since stop 28): fundraising, communications and advocacy staff at international NGOs, UN agencies, humanitarian charities and social enterprises in Nairobi, Addis Ababa, Amman, Beirut, Cairo, Kampala, Mogadishu and London, Word's curly marks from agency templates and straight ones pasted from Teams, WhatsApp, Kobo exports and phones, bulleted appeal plans
    "blind44": Pool(blind44_text, Blind44WorkFactory, (("‘", "’"), ("‘", "’"), ("“", "”"), ("“", "”"), ("'", "'"), ("'", "'"), ('"', '"'), ('"', '"')),
                    ("References", "References", "Reference list", "Reference List", "REFERENCES", "References:", "Bibliography", "Reference list (Harvard)", "Sources", "List of references"),
                    straight_apostrophe=0.5, bullets=0.35),
    # blind46 (held out for its first tables, development data since stop 29): brand, loyalty, franchise and delivery marketers at restaurant groups, coffee-shop and bakery chains, quick-service franchises and hospitality groups in the UK, Istanbul, Izmir, Ankara, Athens, Thessaloniki and Cyprus, Word's curly marks from head-office templates and straight ones pasted from Google Docs, franchise portals, WhatsApp and phones, bulleted menu and launch plans
    "blind46": Pool(blind46_text, Blind46WorkFactory, (("‘", "’"), ("‘", "’"), ("“", "”"), ("“", "”"), ("'", "'"), ("'", "'"), ('"', '"')),
                    ("References", "References", "Reference list", "Reference List", "REFERENCES", "References:", "Bibliography", "Reference list (Harvard)", "Sources", "Kaynakça / References"),
                    straight_apostrophe=0.55, bullets=0.3),
    # blind47 (held out for its first tables, development data since stop 29): campaign, digital, press and public-affairs staff at parties, think tanks, unions, lobbying agencies, councils and campaigning charities in the UK and Ireland, Word's curly marks from party and agency templates, straight ones pasted from press releases, Slack, WhatsApp groups and campaign databases, bulleted grid and target-seat plans
    "blind47": Pool(blind47_text, Blind47WorkFactory, (("‘", "’"), ("‘", "’"), ("‘", "’"), ("“", "”"), ("“", "”"), ("'", "'"), ('"', '"'), ('"', '"')),
                    ("References", "References", "Reference list", "Reference List", "REFERENCES", "References:", "Bibliography", "Reference list (Harvard)", "Sources", "Sources and references"),
                    straight_apostrophe=0.45, bullets=0.35),
    # blind45 (held out for its first tables, development data since stop 29): demand-generation, product-marketing, content and growth marketers at B2B SaaS, cybersecurity, fintech-infrastructure and developer-tools companies in the US and Canada, straight marks from Google Docs, Notion, Slack and code editors beside Word's curly ones, APA-trained headings, French guillemets from Montreal now and then, bulleted go-to-market plans
    "blind45": Pool(blind45_text, Blind45WorkFactory, (('"', '"'), ('"', '"'), ("“", "”"), ("“", "”"), ("‘", "’"), ("'", "'"), ("«\u00a0", "\u00a0»")),
                    ("References", "References", "References", "Reference list", "Reference List", "REFERENCES", "References:", "Works Cited", "Bibliography", "Reference list (Harvard)", "Sources"),
                    straight_apostrophe=0.6, bullets=0.35),
    # blind48 (held out for its first tables, development data since stop 29): marketing, recruitment, admissions and communications staff at universities, colleges, pathway providers and recruitment agents in the UK, Australia, Malaysia, Singapore and Hong Kong, Word's curly marks from university templates, straight ones pasted from CRM, agent portals, WhatsApp, WeChat and phones, bulleted recruitment plans
    "blind48": Pool(blind48_text, Blind48WorkFactory, (("‘", "’"), ("‘", "’"), ("‘", "’"), ("“", "”"), ("“", "”"), ("'", "'"), ('"', '"'), ('"', '"')),
                    ("References", "References", "Reference list", "Reference List", "REFERENCES", "References:", "Bibliography", "Reference list (Harvard)", "List of references", "Sources"),
                    straight_apostrophe=0.5, bullets=0.3),
    # blind49 (held out for its first tables, development data since stop 29): product managers, medical-affairs, market-access and brand marketers at pharmaceutical, medical-device, diagnostics, consumer-health and digital-health firms in Germany, Austria, Switzerland, Sweden, Denmark, Norway and Finland, Word's curly marks beside German low-high „…“ from German Word, Swedish and Finnish ”…”, Danish »…«, straight ones pasted from Veeva, PromoMats and Teams, bulleted launch and brand plans, German and Swedish headings now and then
    "blind49": Pool(blind49_text, Blind49WorkFactory, (("‘", "’"), ("“", "”"), ("“", "”"), ("„", "“"), ("„", "“"), ('"', '"'), ("'", "'"), ("”", "”"), ("»", "«")),
                    ("References", "References", "References", "Reference list", "Reference List", "REFERENCES", "References:", "Bibliography", "Reference list (Harvard)", "Literaturverzeichnis", "Literaturverzeichnis / References", "Referenser (References)", "Sources"),
                    straight_apostrophe=0.5, bullets=0.3),
    # blind50 (held out for its first tables, development data since stop 29): brand, platform, KOL and growth marketers at consumer brands, game studios, agencies and cross-border sellers in mainland China, Hong Kong, Taiwan, Japan and South Korea, Word's curly marks, full-width ones from Chinese input methods, straight ones from Korean keyboards, Lark, DingTalk, KakaoTalk and WeChat, Japanese corner brackets now and then, bulleted launch and festival plans
    "blind50": Pool(blind50_text, Blind50WorkFactory, (("“", "”"), ("“", "”"), ("“", "”"), ("‘", "’"), ("‘", "’"), ('"', '"'), ('"', '"'), ("'", "'"), ("「", "」")),
                    ("References", "References", "References", "Reference List", "Reference list", "REFERENCES", "References:", "Bibliography", "Reference list (Harvard)", "Reference List (Cite Them Right)", "Sources"),
                    straight_apostrophe=0.5, bullets=0.3),
    # blind51 (held out for its first tables, development data since stop 29): brand, growth, trade and communications marketers at telecoms operators, fintechs, banks, FMCG and beverage firms, Nollywood and music labels and agencies in Nigeria, Ghana, Senegal and Côte d'Ivoire, Word's curly marks from corporate templates, straight ones typed on phones and pasted from WhatsApp, Google Docs and Slack, French guillemets from Dakar and Abidjan now and then, bulleted campaign and trade plans
    "blind51": Pool(blind51_text, Blind51WorkFactory, (("‘", "’"), ("‘", "’"), ("“", "”"), ("“", "”"), ("'", "'"), ("'", "'"), ('"', '"'), ('"', '"'), ("« ", " »")),
                    ("References", "References", "References", "Reference List", "Reference list", "REFERENCES", "References:", "Bibliography", "Reference List (Harvard)", "List of References", "Sources"),
                    straight_apostrophe=0.55, bullets=0.35),
    # blind52 (held out for its first tables, development data since stop 29): CRM, affiliate, compliance, brand and safer-gambling marketers at bookmakers, online casinos, lotteries, bingo and slots operators, affiliates and agencies in the UK, Ireland, Malta and Gibraltar, Word's curly marks from compliance templates, straight ones pasted from CRM tools, back-office systems, Slack and Teams, bulleted campaign and compliance plans
    "blind52": Pool(blind52_text, Blind52WorkFactory, (("‘", "’"), ("‘", "’"), ("“", "”"), ("“", "”"), ("'", "'"), ("'", "'"), ('"', '"')),
                    ("References", "References", "Reference list", "Reference List", "REFERENCES", "References:", "Bibliography", "Reference list (Harvard)", "Sources", "List of references"),
                    straight_apostrophe=0.5, bullets=0.3),
    # blind53 (held out for its first tables, development data since stop 29): marketing, communication and digital staff at retailers, cosmetics and luxury houses, wine and spirits brands, banks, public agencies, cooperatives and agencies in France, Belgium, Romandy, Quebec and Morocco writing in English as francophones, French guillemets with their spaces (non-breaking from French Word, plain from Google Docs, none from phones), Word's curly marks, straight ones from AZERTY keyboards, French headings now and then, bulleted action plans
    "blind53": Pool(blind53_text, Blind53WorkFactory, (("« ", " »"), ("«\u00a0", "\u00a0»"), ("«", "»"), ("“", "”"), ("“", "”"), ('"', '"'), ('"', '"'), ("‘", "’"), ("'", "'")),
                    ("References", "References", "References", "Reference list", "Bibliography", "Bibliographie", "Références bibliographiques", "REFERENCES", "References:", "Références (Harvard)", "Sources"),
                    straight_apostrophe=0.6, bullets=0.3),
    # blind54 (held out for its first tables, development data since stop 29): marketing, investor-relations, sustainability-communication and business-development staff at mining houses, mining-equipment and services firms, agribusiness cooperatives, wine estates and energy-transition companies in South Africa and Australia, Word's curly marks from corporate templates (single in South African and Australian house style), straight ones pasted from SENS and ASX announcements, LinkedIn and Teams, bulleted stakeholder and action plans
    "blind54": Pool(blind54_text, Blind54WorkFactory, (("‘", "’"), ("‘", "’"), ("‘", "’"), ("“", "”"), ("“", "”"), ("'", "'"), ('"', '"'), ('"', '"')),
                    ("References", "References", "References", "Reference list", "Reference List", "REFERENCES", "References:", "Bibliography", "Reference list (Harvard)", "Sources consulted", "List of sources"),
                    straight_apostrophe=0.5, bullets=0.35),
    # blind55 (held out for its first tables, development data since stop 29): commercial, marketing and communications staff at shipping lines, ship-owning families, port authorities, forwarders, logistics start-ups, terminal operators and maritime insurers in Rotterdam, Antwerp, Piraeus, Athens, Singapore, Dubai and Hamburg, Word's curly marks from corporate templates, straight ones pasted from Outlook, Teams, CargoWise and WhatsApp, Dutch low-high „…” from Dutch Word, Greek «…» from Greek keyboards and German „…“ from Hamburg, Dutch and Greek headings now and then, bulleted commercial plans
    "blind55": Pool(blind55_text, Blind55WorkFactory, (("‘", "’"), ("‘", "’"), ("“", "”"), ("“", "”"), ("'", "'"), ('"', '"'), ('"', '"'), ("„", "”"), ("«", "»"), ("„", "“")),
                    ("References", "References", "References", "Reference list", "Reference List", "REFERENCES", "References:", "Bibliography", "Reference list (Harvard)", "Literatuurlijst", "Sources"),
                    straight_apostrophe=0.5, bullets=0.3),
    # blind56 (held out for its first tables, development data since stop 29): marketing, growth, employer-branding and e-commerce staff at marketplaces, retailers, software houses, IT-outsourcing firms, banks, fintechs and agencies in Poland, Czechia, Romania and Ukraine, Polish and Romanian low-high „…” and Czech „…“ from local Word, Ukrainian «…» from Cyrillic keyboards, Word's curly marks and straight ones pasted from Slack, Jira, Teams and phones, local headings now and then, bulleted sale-event and hiring plans
    "blind56": Pool(blind56_text, Blind56WorkFactory, (("„", "”"), ("„", "”"), ("„", "“"), ("«", "»"), ("“", "”"), ("“", "”"), ("‘", "’"), ('"', '"'), ('"', '"'), ("'", "'")),
                    ("References", "References", "References", "Reference list", "Reference List", "REFERENCES", "References:", "Bibliography", "Bibliografia", "Seznam literatury (References)", "Bibliografie", "Reference list (Harvard)", "Sources"),
                    straight_apostrophe=0.55, bullets=0.3),
    # blind57 (held out for its first tables, development data since stop 30): social-marketing, health-promotion and communications staff at government agencies, Te Whatu Ora, iwi and Māori health providers, Aboriginal community-controlled organisations, councils, road-safety and anti-smoking programmes in Aotearoa New Zealand and Australia, Word's curly marks from agency templates (single in NZ and Australian house style), straight ones pasted from Teams, Outlook, SharePoint and phones, te reo Māori and local headings now and then, bulleted campaign and evaluation plans
    "blind57": Pool(blind57_text, Blind57WorkFactory, (("‘", "’"), ("‘", "’"), ("‘", "’"), ("“", "”"), ("“", "”"), ("'", "'"), ("'", "'"), ('"', '"')),
                    ("References", "References", "References", "Reference list", "Reference List", "REFERENCES", "References:", "Bibliography", "Ngā tohutoro (References)", "Reference list (Harvard)", "Sources"),
                    straight_apostrophe=0.5, bullets=0.35),
    # blind58 (held out for its first tables, development data since stop 30): brand, export, trade-marketing and digital staff at Italian fashion houses, eyewear and furniture makers, DOP, IGP and DOCG consortia, cooperatives, family firms and agencies in Milan, Florence, Bologna, Parma, Turin, Verona and Naples, Italian caporali «…» from Italian Word, Word's curly marks and straight ones pasted from WhatsApp, Teams and Google Docs, Italian headings now and then, bulleted fair and export plans
    "blind58": Pool(blind58_text, Blind58WorkFactory, (("«", "»"), ("«", "»"), ("“", "”"), ("“", "”"), ("“", "”"), ("‘", "’"), ('"', '"'), ('"', '"'), ("'", "'")),
                    ("References", "References", "References", "Reference list", "Reference List", "REFERENCES", "References:", "Bibliography", "Bibliografia", "Riferimenti bibliografici", "Bibliografia e sitografia", "Reference list (Harvard)", "Sources"),
                    straight_apostrophe=0.6, bullets=0.3),
    # blind59 (held out for its first tables, development data since stop 30): growth, brand, CRM, community and trade marketers at marketplaces, super-apps, e-wallets, banks, FMCG firms, telecoms and agencies in Jakarta, Surabaya, Bandung, Manila, Cebu and Davao, Word's curly marks from laptops, straight ones typed on phones and pasted from WhatsApp, Viber, Slack and Google Docs, single marks from British-style CIM templates, Indonesian headings now and then, bulleted campaign and sale-event plans
    "blind59": Pool(blind59_text, Blind59WorkFactory, (("“", "”"), ("“", "”"), ("“", "”"), ('"', '"'), ('"', '"'), ('"', '"'), ("‘", "’"), ("'", "'")),
                    ("References", "References", "References", "Reference list", "Reference List", "REFERENCES", "References:", "Bibliography", "Daftar Pustaka", "Daftar Pustaka (References)", "List of References", "Sources"),
                    straight_apostrophe=0.6, bullets=0.35),
    # blind60 (held out for its first tables, development data since stop 30): brand, trade, CRM, e-commerce and communications marketers at retailers, banks, neobanks, beverage and beer brands, cosmetics firms, telecoms and agencies in São Paulo, Rio de Janeiro, Mexico City, Monterrey, Bogotá, Medellín, Buenos Aires and Santiago, Word's curly marks (set to Portuguese or Spanish, and English), straight ones typed on phones and pasted from WhatsApp, Teams and Google Docs, Spanish angle quotes now and then, Portuguese and Spanish headings now and then, bulleted campaign and sale-event plans
    "blind60": Pool(blind60_text, Blind60WorkFactory, (("“", "”"), ("“", "”"), ("“", "”"), ('"', '"'), ('"', '"'), ('"', '"'), ("‘", "’"), ("'", "'"), ("«", "»")),
                    ("References", "References", "References", "Reference list", "Reference List", "REFERENCES", "References:", "Bibliography", "Referências", "Referências bibliográficas", "Referencias", "Bibliografía", "List of References"),
                    straight_apostrophe=0.55, bullets=0.3),
    # blind61 (held out for its first tables, development data since stop 30): commercial, loyalty, destination, revenue and communications marketers at airlines, airports, tourism boards, hotel groups, tour operators, OTAs and agencies in Istanbul, Antalya, Dubai, Abu Dhabi, Doha, Riyadh, Jeddah, Cairo and Amman, Word's curly marks from corporate templates, straight ones pasted from WhatsApp, Teams and Outlook, single marks from British-trained tutors, Turkish and Arabic-flavoured headings now and then, bulleted campaign and route-launch plans
    "blind61": Pool(blind61_text, Blind61WorkFactory, (("“", "”"), ("“", "”"), ("“", "”"), ("“", "”"), ('"', '"'), ('"', '"'), ("‘", "’"), ("'", "'")),
                    ("References", "References", "References", "Reference list", "Reference List", "REFERENCES", "References:", "Bibliography", "Kaynakça", "Kaynakça (References)", "List of References", "Sources", "Reference List (Harvard)"),
                    straight_apostrophe=0.55, bullets=0.3),
    # blind62 (held out for its first tables, development data since stop 30): brand, trade, digital, loyalty and communications marketers at FMCG firms, dairies, coffee chains, banks, e-wallets, retailers, hotel groups, tourism boards, telecoms and agencies in Ho Chi Minh City, Hanoi, Da Nang, Bangkok, Chiang Mai, Phuket and Phnom Penh, Word's curly marks from corporate and university templates, straight ones typed on phones and pasted from Zalo, LINE, Telegram, Messenger and Google Docs, single marks from British-style CIM templates, Vietnamese and Thai headings now and then, bulleted festival and trade plans
    "blind62": Pool(blind62_text, Blind62WorkFactory, (("“", "”"), ("“", "”"), ("“", "”"), ('"', '"'), ('"', '"'), ('"', '"'), ("‘", "’"), ("‘", "’"), ("'", "'")),
                    ("References", "References", "References", "Reference list", "Reference List", "REFERENCES", "References:", "Bibliography", "Tài liệu tham khảo", "Tài liệu tham khảo (References)", "บรรณานุกรม (References)", "List of References", "Sources"),
                    straight_apostrophe=0.6, bullets=0.35),
    # blind63 (held out for its first tables, development data since stop 30): brand, trade, growth, CRM and communications marketers at telecoms and mobile-money firms, banks, SACCOs, FMCG and beverage firms, tea, coffee and flower exporters, safari and hotel groups, tourism boards, NGOs and agencies in Nairobi, Mombasa, Dar es Salaam, Arusha, Kampala, Kigali and Addis Ababa, Word's curly marks from corporate and university templates (single ones from British-style CIM and Strathmore templates), straight ones typed on phones and pasted from WhatsApp, Teams and Google Docs, Swahili and French headings now and then, bulleted campaign and trade plans
    "blind63": Pool(blind63_text, Blind63WorkFactory, (("‘", "’"), ("‘", "’"), ("“", "”"), ("“", "”"), ("“", "”"), ('"', '"'), ('"', '"'), ('"', '"'), ("'", "'")),
                    ("References", "References", "References", "Reference list", "Reference List", "REFERENCES", "References:", "Bibliography", "List of References", "Reference list (Harvard)", "Marejeo (References)", "Références / References", "Sources"),
                    straight_apostrophe=0.6, bullets=0.35),
    # blind64 (held out for its first tables, development data since stop 30): brand, trade, CRM, digital and communications marketers at convenience-store chains, department stores, beverage, cosmetics and food makers, railways, character licensors, game and toy firms, agencies and research firms in Tokyo, Osaka, Nagoya, Fukuoka and Sapporo, Word's curly marks from corporate and university templates (and from Japanese IME settings), straight ones pasted from LINE, Slack, Teams and Google Docs, single marks from British-trained tutors, Japanese corner brackets now and then, Japanese headings now and then, bulleted campaign calendars and store plans
    "blind64": Pool(blind64_text, Blind64WorkFactory, (("“", "”"), ("“", "”"), ("“", "”"), ("“", "”"), ('"', '"'), ('"', '"'), ("‘", "’"), ("'", "'"), ("「", "」")),
                    ("References", "References", "References", "Reference list", "Reference List", "REFERENCES", "References:", "Bibliography", "参考文献 (References)", "References / 参考文献", "List of References", "Sources", "Reference List (Harvard)"),
                    straight_apostrophe=0.5, bullets=0.3),
    # blind65 (held out for its first tables, development data since stop 30): brand, trade, CRM, sustainability and communications marketers at retailers, furniture and design houses, grocery and dairy cooperatives, fintechs, banks, telecoms, airlines, tourism boards and agencies in Stockholm, Gothenburg, Oslo, Bergen, Copenhagen, Aarhus, Helsinki, Reykjavík, Tallinn, Riga and Vilnius, Word's curly marks from English templates, Swedish and Finnish Word's right-hand ” at both ends, straight ones pasted from Slack, Teams and Google Docs, single marks from British-trained tutors, Scandinavian, Finnish and Baltic headings now and then, bulleted campaign and season plans
    "blind65": Pool(blind65_text, Blind65WorkFactory, (("“", "”"), ("“", "”"), ("“", "”"), ("”", "”"), ("”", "”"), ('"', '"'), ('"', '"'), ("‘", "’"), ("'", "'"), ("«", "»")),
                    ("References", "References", "References", "Reference list", "Reference List", "REFERENCES", "References:", "Bibliography", "Källförteckning", "Referenser", "Litteraturliste", "Lähteet", "Kasutatud kirjandus", "List of References", "Sources"),
                    straight_apostrophe=0.6, bullets=0.3),
    # blind66 (held out for its first tables, development data since stop 30): brand, growth, CRM, trade and communications marketers at telecoms, super-apps, banks, retailers, FMCG and beverage firms, wineries, airlines, tourism boards and agencies in Almaty, Astana, Tashkent, Samarkand, Tbilisi, Batumi, Baku and Yerevan, Word's curly marks from English templates, straight ones typed on Russian-layout keyboards and pasted from Telegram and Google Docs, Russian-style guillemets and low-high „“ marks now and then, single marks from British-trained tutors, Russian, Kazakh, Uzbek, Georgian, Azerbaijani and Armenian headings now and then, bulleted campaign and media plans
    "blind66": Pool(blind66_text, Blind66WorkFactory, (("“", "”"), ("“", "”"), ("“", "”"), ('"', '"'), ('"', '"'), ('"', '"'), ("‘", "’"), ("'", "'"), ("«", "»"), ("„", "“")),
                    ("References", "References", "References", "Reference list", "Reference List", "REFERENCES", "References:", "Bibliography", "List of References", "Список литературы (References)", "Пайдаланылған әдебиеттер / References", "Foydalanilgan adabiyotlar", "ლიტერატურა (References)", "İstinadlar / References", "Գրականություն / References", "Sources"),
                    straight_apostrophe=0.65, bullets=0.35),
    # blind67 (held out for its first tables, development data since stop 30): brand, CRM, performance, content and communications marketers at K-beauty houses, entertainment and webtoon firms, department stores and convenience chains, platforms, food and beverage makers, carmakers and agencies in Seoul, Busan, Incheon and Pangyo, Word's and Hangul Word's curly marks from corporate and university templates, straight ones pasted from KakaoTalk, Slack, Notion and Google Docs, single marks from British-trained tutors, Korean corner brackets now and then, Korean headings now and then, bulleted campaign calendars and channel plans
    "blind67": Pool(blind67_text, Blind67WorkFactory, (("“", "”"), ("“", "”"), ("“", "”"), ('"', '"'), ('"', '"'), ('"', '"'), ("‘", "’"), ("'", "'"), ("「", "」")),
                    ("References", "References", "References", "Reference list", "Reference List", "REFERENCES", "References:", "Bibliography", "참고문헌", "참고문헌 (References)", "References / 참고문헌", "List of References", "Sources", "Reference List (Harvard)"),
                    straight_apostrophe=0.65, bullets=0.3),
    # blind68 (held out for its first tables, development data since stop 30): brand, CRM, trade, digital and communications marketers at retailers, banks and credit unions, telecoms, grocers, coffee chains, airlines, crown corporations, federal and provincial departments, Indigenous tourism bodies and agencies in Toronto, Montréal, Vancouver, Calgary, Ottawa, Halifax and Winnipeg, Word's curly marks from English templates, straight ones pasted from Teams, Outlook and Google Docs, French guillemets (with and without spaces) from Québec keyboards, single marks from British-trained tutors, French and bilingual headings now and then, bulleted campaign calendars and rollout plans
    "blind68": Pool(blind68_text, Blind68WorkFactory, (("“", "”"), ("“", "”"), ("“", "”"), ("“", "”"), ('"', '"'), ('"', '"'), ('"', '"'), ("‘", "’"), ("«", "»"), ("« ", " »")),
                    ("References", "References", "References", "Reference list", "Reference List", "REFERENCES", "References:", "Bibliography", "Works Cited", "Références", "Bibliographie", "References / Références", "Reference List (Harvard)", "Sources"),
                    straight_apostrophe=0.55, bullets=0.3),
    # blind69 (held out for its first tables, development data since stop 31): product-marketing, growth, brand, PR and communications marketers at start-ups, fintechs, cybersecurity and agritech firms, food makers, banks, hotel groups and tourism boards in Tel Aviv, Jerusalem, Haifa, Be'er Sheva, Nicosia and Limassol, Word's curly marks from English templates, straight ones pasted from WhatsApp, Slack and Google Docs (Hebrew keyboards give straight marks), Greek-keyboard guillemets now and then, single marks from British-trained tutors, Hebrew and Greek headings now and then, bulleted campaign calendars and launch plans
    "blind69": Pool(blind69_text, Blind69WorkFactory, (("“", "”"), ("“", "”"), ("“", "”"), ('"', '"'), ('"', '"'), ('"', '"'), ('"', '"'), ("‘", "’"), ("'", "'"), ("«", "»")),
                    ("References", "References", "References", "Reference list", "Reference List", "REFERENCES", "References:", "Bibliography", "List of References", "מקורות (References)", "References / ביבליוגרפיה", "Βιβλιογραφία (References)", "Reference List (Harvard)", "Sources"),
                    straight_apostrophe=0.7, bullets=0.35),
    # blind70 (held out for its first tables, development data since stop 31): brand, trade, CRM, loyalty, digital and communications marketers at grocers, clothing and homeware retailers, banks and insurers, telecoms, breweries, wine and spirits brands, quick-service restaurants, SOEs and agencies in Johannesburg, Cape Town, Durban, Pretoria, Gqeberha and Stellenbosch, Word's curly marks from corporate and university templates, straight ones pasted from WhatsApp, Teams, Outlook and Google Docs, single marks from British-trained tutors and South African house style, Afrikaans and bilingual headings now and then, bulleted campaign calendars and trading plans
    "blind70": Pool(blind70_text, Blind70WorkFactory, (("“", "”"), ("“", "”"), ("“", "”"), ("‘", "’"), ("‘", "’"), ('"', '"'), ('"', '"'), ('"', '"'), ("'", "'")),
                    ("References", "References", "References", "Reference list", "Reference List", "REFERENCES", "References:", "Bibliography", "List of References", "Reference list (Harvard)", "Bronnelys", "Verwysings", "Bronnelys / References", "Sources"),
                    straight_apostrophe=0.6, bullets=0.3),
    # blind71 (held out for its first tables, development data since stop 31): brand, growth, lifecycle, content, product-marketing and communications marketers at health systems, pharmacy chains, retailers, DTC brands, SaaS firms, universities, non-profits and agencies in New York, Chicago, Austin, Atlanta, Seattle, Boston and Los Angeles writing in US English, Word's curly double marks from Microsoft 365 templates, straight ones from Google Docs, Notion and Slack, single marks now and then from British-trained tutors, American headings ("Works Cited", "Sources") beside Harvard ones, many bulleted campaign calendars and roadmaps
    "blind71": Pool(blind71_text, Blind71WorkFactory, (("“", "”"), ("“", "”"), ("“", "”"), ("“", "”"), ('"', '"'), ('"', '"'), ('"', '"'), ("‘", "’")),
                    ("References", "References", "References", "Reference List", "Reference list", "REFERENCES", "References:", "Works Cited", "Bibliography", "Sources", "Reference List (Harvard)", "References (Cite Them Right Harvard)"),
                    straight_apostrophe=0.6, bullets=0.35),
    # blind72 (held out for its first tables, development data since stop 31): brand, trade, CRM, B2B, e-commerce and communications marketers at grocers and discounters, drugstore chains, Mittelstand machine and tool makers, insurers, banks and Sparkassen, rail and mobility firms, breweries, chocolate and coffee makers, watchmakers and agencies in Germany, Austria and Switzerland writing in English, Word's curly marks from corporate templates, straight ones pasted from Teams, SAP, Outlook and Confluence, German low-high marks and Swiss guillemets now and then, German headings ("Literaturverzeichnis", "Quellenverzeichnis") beside English ones, bulleted action plans
    "blind72": Pool(blind72_text, Blind72WorkFactory, (("“", "”"), ("“", "”"), ("“", "”"), ("‘", "’"), ("‘", "’"), ('"', '"'), ('"', '"'), ("'", "'"), ("„", "“"), ("„", "“"), ("«", "»")),
                    ("References", "References", "References", "Reference list", "Reference List", "REFERENCES", "References:", "Bibliography", "List of References", "Literaturverzeichnis", "Literaturverzeichnis (References)", "Quellenverzeichnis", "Reference list (Harvard)", "Sources"),
                    straight_apostrophe=0.55, bullets=0.3),
    # blind73 (held out for its first tables, development data since stop 31): brand, trade, digital, CRM and communications marketers at telecoms and mobile-money firms, banks and insurers, FMCG, dairy and beverage firms, phosphate and agribusiness groups, hotel groups, tourism offices, airlines, e-commerce platforms and agencies in Casablanca, Rabat, Marrakech, Tangier, Algiers, Oran, Tunis, Sfax, Dakar and Abidjan, Word's curly marks from English templates, French Word's guillemets (with and without their spaces) from AZERTY keyboards, straight ones pasted from WhatsApp, Teams and Google Docs, single marks from British-trained tutors, French and Arabic headings now and then, bulleted campaign calendars and activation plans
    "blind73": Pool(blind73_text, Blind73WorkFactory, (("“", "”"), ("“", "”"), ("“", "”"), ('"', '"'), ('"', '"'), ('"', '"'), ("«", "»"), ("« ", " »"), ("‘", "’"), ("'", "'")),
                    ("References", "References", "References", "Reference list", "Reference List", "REFERENCES", "References:", "Bibliography", "Bibliographie", "Références bibliographiques", "Références / References", "المراجع (References)", "List of References", "Reference List (Harvard)"),
                    straight_apostrophe=0.6, bullets=0.3),
    # blind74 (held out for its first tables, development data since stop 31): brand, trade, B2B, CRM, digital and communications marketers at chip and electronics makers, bubble-tea and bakery chains, convenience and department stores, banks and insurers, developers, casino resorts, airlines, the MTR, tourism boards and agencies in Taipei, Hsinchu, Taichung, Kaohsiung, Hong Kong, Kowloon and Macau, Word's curly marks from corporate and university templates, straight ones pasted from LINE, WhatsApp, Teams and Google Docs, single marks from Hong Kong's British-trained tutors, Chinese corner brackets and full-width marks now and then from Traditional Chinese keyboards, Chinese and bilingual headings now and then, bulleted campaign calendars and festival plans
    "blind74": Pool(blind74_text, Blind74WorkFactory, (("“", "”"), ("“", "”"), ("“", "”"), ('"', '"'), ('"', '"'), ('"', '"'), ("‘", "’"), ("‘", "’"), ("'", "'"), ("「", "」")),
                    ("References", "References", "References", "Reference list", "Reference List", "REFERENCES", "References:", "Bibliography", "List of References", "參考文獻 (References)", "References 參考資料", "Reference List (Harvard)", "Sources"),
                    straight_apostrophe=0.6, bullets=0.3),
    # blind75 (held out for its first tables, development data since stop 31): brand, trade, CRM, digital, loyalty and communications marketers at supermarket and pharmacy chains in capitals and mining towns, banks, cooperatives and microfinance institutions, telecoms, breweries and beverage firms, coffee, cocoa and banana exporters, airlines, hotel groups, tourism boards and agencies in Lima, Arequipa, Quito, Guayaquil, La Paz, Santa Cruz, Guatemala City, San José, Panama City and Santo Domingo, Word's curly marks from English templates, straight ones pasted from WhatsApp, Teams and Google Docs, single marks from British-trained CIM tutors, Spanish Word's guillemets now and then, Spanish and bilingual headings now and then, bulleted campaign calendars and activation plans
    "blind75": Pool(blind75_text, Blind75WorkFactory, (("“", "”"), ("“", "”"), ("“", "”"), ('"', '"'), ('"', '"'), ('"', '"'), ("‘", "’"), ("‘", "’"), ("'", "'"), ("«", "»")),
                    ("References", "References", "References", "Reference list", "Reference List", "REFERENCES", "References:", "Bibliography", "Referencias", "Referencias bibliográficas", "Bibliografía (References)", "References / Referencias", "Reference List (Harvard)"),
                    straight_apostrophe=0.55, bullets=0.3),
    # blind76 (held out for its first tables, development data since stop 31): brand, trade, growth, CRM, employer-branding and communications marketers at retailers and e-commerce platforms, IT-outsourcing and software firms, banks and fintechs, telecoms, wineries, breweries and FMCG makers, hotel groups, tourism boards and agencies in Bucharest, Cluj-Napoca, Iași, Chișinău, Sofia, Plovdiv, Belgrade, Novi Sad, Zagreb, Split, Ljubljana, Kyiv and Lviv, Word's curly marks from English templates, straight ones pasted from Teams, Slack, Viber and Telegram, the low-high „ ” marks of Romanian, Bulgarian, Serbian and Croatian keyboards and Ukrainian guillemets now and then, local-language headings with an English gloss now and then, bulleted campaign calendars
    "blind76": Pool(blind76_text, Blind76WorkFactory, (("“", "”"), ("“", "”"), ("“", "”"), ('"', '"'), ('"', '"'), ('"', '"'), ("‘", "’"), ("‘", "’"), ("'", "'"), ("„", "”"), ("„", "“"), ("«", "»")),
                    ("References", "References", "References", "Reference list", "Reference List", "REFERENCES", "References:", "Bibliography", "Bibliografie (References)", "Literatura / References", "Список використаних джерел (References)", "Reference List (Harvard)", "Sources"),
                    straight_apostrophe=0.55, bullets=0.3),
    # blind77 (held out for its first tables, development data since stop 31): brand, trade, CRM, digital and communications marketers at supermarket groups, banks and insurers, telecoms and mobile-money firms, beer, wine, coffee and water brands, energy and fuel distributors, airlines, hotel groups and tourism boards in Lisbon, Porto, Braga, Faro, Funchal, Luanda, Benguela, Maputo, Beira and Praia, Word's curly marks from corporate and university templates, straight ones pasted from WhatsApp, Teams, Outlook and Google Docs, single marks from British-trained tutors, Portuguese Word's guillemets now and then, Portuguese and bilingual headings now and then, bulleted campaign calendars and activation plans
    "blind77": Pool(blind77_text, Blind77WorkFactory, (("“", "”"), ("“", "”"), ("“", "”"), ('"', '"'), ('"', '"'), ('"', '"'), ("‘", "’"), ("'", "'"), ("«", "»"), ("«", "»")),
                    ("References", "References", "References", "Reference list", "Reference List", "REFERENCES", "References:", "Bibliography", "Referências bibliográficas", "Referências (References)", "Bibliografia", "List of References", "Reference List (Harvard)"),
                    straight_apostrophe=0.55, bullets=0.3),
    # blind78 (held out for its first tables, development data since stop 32): brand, trade, CRM, digital, employer-branding and communications marketers at retailers and drugstore chains, banks and insurers, telecoms, FMCG and dairy firms, pharma, spa and hotel groups, car-parts suppliers and agencies in Budapest, Debrecen, Szeged, Győr, Pécs, Bratislava, Košice and Žilina, Word's curly marks from corporate and university templates, straight ones pasted from Teams, Slack, Messenger and Google Docs, the low-high „ ” marks of Hungarian and Slovak keyboards now and then, Hungarian guillemets (» «) in quotations inside quotations, single marks from British-trained tutors, Hungarian and Slovak headings now and then, bulleted campaign calendars and action plans
    "blind78": Pool(blind78_text, Blind78WorkFactory, (("“", "”"), ("“", "”"), ("“", "”"), ('"', '"'), ('"', '"'), ('"', '"'), ("‘", "’"), ("'", "'"), ("„", "”"), ("„", "”"), ("„", "“")),
                    ("References", "References", "References", "Reference list", "Reference List", "REFERENCES", "References:", "Bibliography", "Irodalomjegyzék", "Felhasznált irodalom (References)", "Zoznam použitej literatúry", "References / Irodalomjegyzék", "Reference List (Harvard)", "Sources"),
                    straight_apostrophe=0.6, bullets=0.3),
    # blind79 (held out for its first tables, development data since stop 32): brand, trade, CRM, digital, loyalty and communications marketers at grocery and fashion retailers, malls, banks and Islamic banks, insurers, telecoms, FMCG, dairy and date companies, real-estate developers and giga-projects, entertainment authorities and agencies in Riyadh, Jeddah, Dammam, Kuwait City, Doha, Manama and Muscat, Word's curly marks from corporate and university templates, straight ones pasted from WhatsApp, Teams, Outlook and Google Docs, single marks from British-trained tutors, Arabic-keyboard guillemets now and then, Arabic and bilingual headings now and then, bulleted Ramadan, Eid and National Day campaign calendars
    "blind79": Pool(blind79_text, Blind79WorkFactory, (("“", "”"), ("“", "”"), ("“", "”"), ("“", "”"), ('"', '"'), ('"', '"'), ('"', '"'), ("‘", "’"), ("'", "'"), ("«", "»")),
                    ("References", "References", "References", "Reference list", "Reference List", "REFERENCES", "References:", "Bibliography", "List of References", "المراجع (References)", "References / المراجع", "Reference List (Harvard)", "Sources"),
                    straight_apostrophe=0.6, bullets=0.3),
    # blind80 (held out for its first tables, development data since stop 32): brand, trade, CRM, digital, destination and communications marketers at banks, credit unions and insurers, telecoms, rum, beer and beverage makers, conglomerates, supermarket and pharmacy chains, resort groups, airlines, tourism boards and festival organisers in Kingston, Montego Bay, Port of Spain, San Fernando, Bridgetown, Nassau and Georgetown, Word's curly marks from corporate and UWI templates, straight ones pasted from WhatsApp, Outlook and Google Docs, single marks from British-trained tutors, bulleted Carnival, Crop Over and back-to-school calendars
    "blind80": Pool(blind80_text, Blind80WorkFactory, (("“", "”"), ("“", "”"), ("“", "”"), ("“", "”"), ('"', '"'), ('"', '"'), ('"', '"'), ("‘", "’"), ("‘", "’"), ("'", "'")),
                    ("References", "References", "References", "References", "Reference list", "Reference List", "REFERENCES", "References:", "Bibliography", "List of References", "Reference List (Harvard)", "Sources Consulted", "Works Cited"),
                    straight_apostrophe=0.6, bullets=0.3),
    # blind81 (held out for its first tables, development data since stop 32): brand, trade, CRM, digital, sponsorship and communications marketers at telecoms and mobile wallets, banks and Islamic banks, insurers, textile and garment exporters, FMCG, tea, dairy and biscuit makers, e-commerce platforms, conglomerates and agencies in Karachi, Lahore, Islamabad, Faisalabad, Dhaka, Chattogram, Colombo and Kandy, Word's curly marks from corporate and university templates, straight ones pasted from WhatsApp, Gmail and Google Docs, single marks from British-trained lecturers, headings as their course handbooks give them, bulleted Ramadan, Eid, Boishakh, Avurudu and PSL campaign calendars
    "blind81": Pool(blind81_text, Blind81WorkFactory, (("“", "”"), ("“", "”"), ("“", "”"), ('"', '"'), ('"', '"'), ('"', '"'), ("‘", "’"), ("‘", "’"), ("'", "'")),
                    ("References", "References", "References", "Reference List", "Reference list", "REFERENCES", "References:", "Bibliography", "List of References", "Reference List (Harvard Style)", "Sources"),
                    straight_apostrophe=0.55, bullets=0.3),
    # blind82 (held out for its first tables, development data since stop 32): brand, trade, CRM, digital, destination and communications marketers at food and drink makers, distilleries and breweries, dairy co-operatives, banks, credit unions and insurers, grocery chains, tourism boards, GAA, rugby and football bodies, Irish- and Welsh-language broadcasters and public bodies in Dublin, Cork, Galway, Limerick, Belfast, Glasgow, Edinburgh, Aberdeen, Inverness, Cardiff, Swansea and Bangor, Word's curly marks from corporate and university templates, straight ones pasted from Outlook, Teams and Google Docs, single marks from tutors trained in British house style, Irish and Welsh headings now and then, bulleted St Patrick's Day, Hogmanay, Six Nations and back-to-school calendars
    "blind82": Pool(blind82_text, Blind82WorkFactory, (("“", "”"), ("“", "”"), ("“", "”"), ('"', '"'), ('"', '"'), ('"', '"'), ("‘", "’"), ("‘", "’"), ("‘", "’"), ("'", "'")),
                    ("References", "References", "References", "References", "Reference list", "Reference List", "REFERENCES", "References:", "Bibliography", "List of References", "Reference List (Harvard)", "Tagairtí (References)", "Cyfeiriadau / References", "Sources"),
                    straight_apostrophe=0.55, bullets=0.3),
    # blind83 (held out for its first tables, development data since stop 32): brand, trade, CRM, digital, loyalty and communications marketers at banks and Islamic banks, takaful operators, telecoms, retailers, property developers, halal food makers, airlines, hotel groups and tourism boards in Kuala Lumpur, Petaling Jaya, Penang, Johor Bahru, Kota Kinabalu, Kuching, Singapore and Bandar Seri Begawan, Word's curly marks from corporate and university templates, straight ones pasted from WhatsApp, Teams, Outlook and Google Docs, single marks from British-trained lecturers, a Malay heading now and then, bulleted Raya, Chinese New Year, Deepavali, Merdeka and 11.11 campaign calendars
    "blind83": Pool(blind83_text, Blind83WorkFactory, (("“", "”"), ("“", "”"), ("“", "”"), ('"', '"'), ('"', '"'), ('"', '"'), ("‘", "’"), ("‘", "’"), ("'", "'")),
                    ("References", "References", "References", "References", "Reference list", "Reference List", "REFERENCES", "References:", "Bibliography", "List of References", "Rujukan (References)", "References (Harvard)", "Reference List (Harvard Style)"),
                    straight_apostrophe=0.55, bullets=0.3),
    # blind84 (held out for its first tables, development data since stop 32): brand, partnership, CRM, ticketing, digital, content and communications marketers at football clubs, leagues and federations, kit makers, sponsors, broadcasters, stadium and hospitality operators and sports agencies in Manchester, Liverpool, London, Madrid, Barcelona, Seville, Munich, Dortmund, Milan, Turin, Paris and Lyon, Word's curly marks from club and university templates, straight ones pasted from Teams, Slack, Outlook and Google Docs, single marks from British-trained tutors, guillemets now and then from French writers, a Spanish, German, Italian or French heading now and then, bulleted matchday, kit-launch, transfer-window and renewal calendars
    "blind84": Pool(blind84_text, Blind84WorkFactory, (("“", "”"), ("“", "”"), ("“", "”"), ('"', '"'), ('"', '"'), ('"', '"'), ("‘", "’"), ("‘", "’"), ("'", "'"), ("« ", " »")),
                    ("References", "References", "References", "References", "Reference list", "Reference List", "REFERENCES", "References:", "Bibliography", "List of References", "Reference List (Harvard)", "Referencias (References)", "Literaturverzeichnis / References", "Bibliografia (References)", "Bibliographie (References)", "Sources"),
                    straight_apostrophe=0.5, bullets=0.3),
    # blind85 (held out for its first tables, development data since stop 32): brand, trade, CRM, digital, destination and communications marketers at tourism authorities and resort groups, airlines, telecoms and mobile-money providers, banks and insurers, fisheries, kava, water and food exporters, supermarket chains and public-health programmes in Suva, Nadi, Apia, Nukuʻalofa, Port Moresby, Lae, Port Vila and Honiara, Word's curly marks from university and corporate templates, straight ones pasted from Facebook Messenger, WhatsApp, Gmail and Google Docs on phones, single marks from tutors trained in New Zealand, Australian and British house style, headings as USP, FNU and UPNG course guides give them, bulleted Fiji Day, Diwali, Teuila, Heilala, Hibiscus, Christmas, cruise-season and back-to-school campaign calendars
    "blind85": Pool(blind85_text, Blind85WorkFactory, (("“", "”"), ("“", "”"), ("“", "”"), ('"', '"'), ('"', '"'), ('"', '"'), ('"', '"'), ("‘", "’"), ("‘", "’"), ("'", "'"), ("'", "'")),
                    ("References", "References", "References", "References", "Reference list", "Reference List", "REFERENCES", "References:", "Bibliography", "List of References", "Reference List (Harvard)", "Sources", "Works Cited"),
                    straight_apostrophe=0.6, bullets=0.3),
    # blind86 (held out for its first tables, development data since stop 32): brand, trade, CRM, digital, export and communications marketers at cava and wine houses, breweries, agri-food and fishing co-operatives, savings and co-operative banks, supermarket chains, fashion groups, tourism boards, public bodies and football clubs in Barcelona, Girona, Tarragona, Bilbao, Donostia, Vitoria-Gasteiz, Santiago, A Coruña, Vigo, Valencia, Alicante and Pamplona, Word's curly marks from ESADE, Deusto and corporate templates, straight ones pasted from Outlook, Teams and Google Docs, Spanish-style angle quotes now and then, Spanish, Catalan, Basque and Galician headings glossed in English, bulleted Sant Jordi, Diada, San Fermín, Fallas, rebajas and back-to-school calendars
    "blind86": Pool(blind86_text, Blind86WorkFactory, (("“", "”"), ("“", "”"), ("“", "”"), ('"', '"'), ('"', '"'), ('"', '"'), ("‘", "’"), ("‘", "’"), ("«", "»"), ("'", "'")),
                    ("References", "References", "References", "References", "Reference list", "Reference List", "REFERENCES", "References:", "Bibliography", "List of References", "Referencias (References)", "Referències / References", "Erreferentziak (References)", "References (Harvard)"),
                    straight_apostrophe=0.5, bullets=0.3),
    # blind87 (held out for its first tables, development data since stop 32): brand, proposition, CRM, digital, adviser-channel, member-engagement and communications marketers at insurers, life and pensions providers, building societies, mutuals and friendly societies, price-comparison sites, wealth managers, investment platforms, brokers and agencies in London, Edinburgh, Leeds, Bristol, Norwich, Swindon, Cardiff, Glasgow, Halifax and Northampton, Word's curly marks from corporate and university templates, straight ones pasted from Outlook, Teams, Salesforce and Google Docs, single marks from house styles that prefer them, bulleted ISA-season, tax-year-end, Pension Awareness Week, Talk Money Week and renewal calendars
    "blind87": Pool(blind87_text, Blind87WorkFactory, (("“", "”"), ("“", "”"), ("“", "”"), ("‘", "’"), ("‘", "’"), ("‘", "’"), ('"', '"'), ('"', '"'), ("'", "'")),
                    ("References", "References", "References", "References", "Reference list", "Reference List", "REFERENCES", "References:", "Bibliography", "List of References", "Reference List (Harvard)", "Sources", "References (Cite Them Right Harvard)"),
                    straight_apostrophe=0.45, bullets=0.35),
    # blind88 (held out for its first tables, development data since stop 32): brand, trade, CRM, digital, e-commerce and communications marketers at supermarket and department-store chains, banks and insurers, telecoms, dairy, beer, flower and food exporters, logistics firms, energy suppliers and public bodies in Amsterdam, Rotterdam, Utrecht, The Hague, Eindhoven, Groningen, Antwerp, Ghent, Leuven and Brussels, Word's curly marks from Dutch and Belgian corporate and university templates (Dutch Word's low-high marks now and then), straight ones pasted from Teams, Outlook and Google Docs, single marks from British-trained tutors, Dutch headings glossed in English, bulleted Koningsdag, Sinterklaas, Hamsterweken, Dolle Dagen and Black Friday calendars
    "blind88": Pool(blind88_text, Blind88WorkFactory, (("“", "”"), ("“", "”"), ("“", "”"), ('"', '"'), ('"', '"'), ('"', '"'), ("‘", "’"), ("‘", "’"), ("„", "”"), ("'", "'")),
                    ("References", "References", "References", "References", "Reference list", "Reference List", "REFERENCES", "References:", "Bibliography", "List of References", "Literatuurlijst (References)", "Bronnenlijst / References", "References (Harvard)", "Sources"),
                    straight_apostrophe=0.55, bullets=0.3),
    # blind89 (held out for its first tables, development data since stop 32): brand, trade, CRM, digital, sponsorship and communications marketers at banks, building societies, insurers and mobile-money providers, telecoms, breweries and bottlers, supermarket and wholesale chains, agribusiness, sugar, tobacco and fertiliser firms, mining-supply firms, safari and hotel groups and tourism boards in Lusaka, Kitwe, Ndola, Harare, Bulawayo, Gaborone, Francistown, Windhoek, Walvis Bay, Lilongwe and Blantyre, Word's curly marks from university and corporate templates, straight ones pasted from WhatsApp, Outlook, Gmail and Google Docs on phones, single marks from British-trained tutors, headings as UNZA, CBU, UZ, UB, UNAM and UNIMA course guides give them, bulleted Independence, Heroes' Day, Kuomboka, Oktoberfest, month-end, harvest-season and back-to-school campaign calendars
    "blind89": Pool(blind89_text, Blind89WorkFactory, (("“", "”"), ("“", "”"), ("“", "”"), ('"', '"'), ('"', '"'), ('"', '"'), ('"', '"'), ("‘", "’"), ("‘", "’"), ("'", "'")),
                    ("References", "References", "References", "References", "Reference list", "Reference List", "REFERENCES", "References:", "Bibliography", "List of References", "Reference List (Harvard)", "Sources", "References and Bibliography"),
                    straight_apostrophe=0.6, bullets=0.3),
    # blind90 (held out for its first tables, development data since stop 32): brand, artist-marketing, partnership, CRM, digital, ticketing and communications marketers at record labels, publishers, streaming services, promoters, festival organisers, venues and arenas, ticketing platforms, radio, instrument makers and sponsors in London, Manchester, Glasgow, Bristol, Liverpool, Brighton, New York, Nashville, Los Angeles, Austin and Atlanta, Word's curly marks from label and university templates, straight ones pasted from Google Docs, Notion, Slack and Gmail, single marks from British tutors, British and American headings ("Works Cited" beside "Reference list"), bulleted campaign calendars, on-sale plans and festival-season timelines
    "blind90": Pool(blind90_text, Blind90WorkFactory, (("“", "”"), ("“", "”"), ("“", "”"), ('"', '"'), ('"', '"'), ('"', '"'), ("‘", "’"), ("‘", "’"), ("'", "'")),
                    ("References", "References", "References", "Reference list", "Reference List", "REFERENCES", "References:", "Bibliography", "Works Cited", "Sources", "List of References", "Reference List (Harvard)", "References (Cite Them Right Harvard)"),
                    straight_apostrophe=0.6, bullets=0.35),
    # blind91 (held out for its first tables, development data since stop 32): brand, client-marketing, CRM, digital, destination and communications marketers at private banks, fund administrators and management companies, insurers, telecoms, retailers, luxury hotels, casinos, tourism offices, ministries and agencies in Luxembourg City, Esch-sur-Alzette, Kirchberg, Vaduz, Schaan, Monaco, Monte-Carlo, Andorra la Vella, Escaldes-Engordany and San Marino, Word's curly marks from corporate and university templates, French guillemets and German low-high marks now and then, straight ones pasted from Outlook, Teams, Salesforce and Google Docs, single marks from British-trained tutors, headings with a French, German, Catalan or Italian gloss, bulleted National Day, Schueberfouer, Staatsfeiertag, Grand Prix, Fête Nationale, Meritxell, Saint Marinus, Christmas-market, ski-season and back-to-school calendars
    "blind91": Pool(blind91_text, Blind91WorkFactory, (("“", "”"), ("“", "”"), ("“", "”"), ("“", "”"), ('"', '"'), ('"', '"'), ('"', '"'), ("‘", "’"), ("‘", "’"), ("«\u00a0", "\u00a0»"), ("„", "“"), ("'", "'")),
                    ("References", "References", "References", "References", "Reference list", "Reference List", "REFERENCES", "References:", "Bibliography", "List of References", "References / Bibliographie", "References (Literaturverzeichnis)", "References (Harvard)", "Sources"),
                    straight_apostrophe=0.5, bullets=0.3),
    # blind92 (held out for its first tables, development data since stop 32): brand, export, CRM, digital, destination and communications marketers at seafood and aquaculture exporters, airlines and ferry lines, tourism boards, hotel and tour operators, geothermal and hydro energy firms, banks, grocery and outdoor-clothing retailers, dairy co-operatives and agencies in Reykjavík, Akureyri, Keflavík, Tórshavn, Klaksvík, Nuuk, Ilulissat, Tromsø and Bodø, Word's curly marks from university templates, straight ones typed on Icelandic, Faroese, Danish and Norwegian keyboards and pasted from Outlook, Teams and Google Docs, low-high „“ marks from Icelandic and Danish habits, single marks from British-trained tutors, headings as the University of Iceland, Reykjavík University, Setur, Ilisimatusarfik and UiT course guides give them, bulleted Þorrablót, 17 June, Ólavsøka, National Day, Airwaves, Northern Lights and Black Friday campaign calendars
    "blind92": Pool(blind92_text, Blind92WorkFactory, (("“", "”"), ("“", "”"), ("“", "”"), ('"', '"'), ('"', '"'), ('"', '"'), ('"', '"'), ("„", "“"), ("‘", "’"), ("'", "'")),
                    ("References", "References", "References", "References", "Reference list", "Reference List", "REFERENCES", "References:", "Bibliography", "List of References", "Heimildir (References)", "Heimildaskrá / References", "Keldur (References)", "Litteraturliste / References", "References (Harvard)"),
                    straight_apostrophe=0.6, bullets=0.3),
    # blind93 (held out for its first tables, development data since stop 33): brand, trade, CRM, digital, fundraising and communications marketers at FMCG and food makers, banks and microfinance institutions, telecoms and fintechs, supermarket and mall operators, real-estate developers, hotel groups, NGOs, UN agencies and agencies in Cairo, Alexandria, Giza, New Cairo, Beirut, Jounieh, Tripoli, Amman, Irbid and Aqaba, Word's curly marks from university templates, straight ones typed on Arabic-English and French-Arabic keyboards and pasted from WhatsApp, Outlook and Google Docs, French « » guillemets from Lebanese francophone schooling, single marks from British-trained tutors, headings as AUC, AUB, LAU, USJ, the University of Jordan and PSUT course guides give them, bulleted Ramadan, Eid, Sham el-Nessim, Mother's Day, White Friday, back-to-school and summer campaign calendars
    "blind93": Pool(blind93_text, Blind93WorkFactory, (("“", "”"), ("“", "”"), ("“", "”"), ('"', '"'), ('"', '"'), ('"', '"'), ('"', '"'), ("‘", "’"), ("‘", "’"), ("«\u00a0", "\u00a0»"), ("«", "»"), ("'", "'")),
                    ("References", "References", "References", "References", "Reference list", "Reference List", "REFERENCES", "References:", "Bibliography", "List of References", "References (Harvard)", "Bibliographie / References", "Sources", "Works Cited", "Reference List (Harvard Style)"),
                    straight_apostrophe=0.65, bullets=0.3),
    # blind94 (held out for its first tables, development data since stop 33): brand, trade, CRM, digital, destination and communications marketers at hotel and resort groups, airlines, tourism boards, sugar, rum and textile groups, offshore banks and management companies, telecoms, supermarket and mall operators, vanilla and seafood exporters and agencies in Port Louis, Ebène, Curepipe, Grand Baie, Victoria, Antananarivo, Toamasina and Saint-Denis, Word's curly marks from group and university templates, straight ones pasted from WhatsApp, Outlook and Google Docs, French guillemets from AZERTY keyboards in Madagascar and Réunion, single marks from British-trained tutors, headings with a French gloss as the island universities' course guides give them, bulleted Divali, Cavadee, Spring Festival, Independence Day, Festival Kreol, Fèt Kaf, coupe and winter-season calendars
    "blind94": Pool(blind94_text, Blind94WorkFactory, (("“", "”"), ("“", "”"), ("“", "”"), ("“", "”"), ('"', '"'), ('"', '"'), ('"', '"'), ("‘", "’"), ("‘", "’"), ("«\u00a0", "\u00a0»"), ("'", "'")),
                    ("References", "References", "References", "References", "Reference list", "Reference List", "REFERENCES", "References:", "Bibliography", "List of References", "References / Bibliographie", "Références (References)", "Reference List (Harvard)", "Sources"),
                    straight_apostrophe=0.55, bullets=0.3),
    # blind95 (held out for its first tables, development data since stop 33): brand, multicultural, CRM, digital, media and communications marketers at grocery and retail chains, banks and credit unions, insurers, telecoms, Spanish-language broadcasters and streamers, food and beverage makers, health systems, community clinics, agencies and non-profits in Houston, San Antonio, El Paso, Miami, Orlando, Los Angeles, San Diego, Phoenix, Tucson and New York, Word's curly marks from corporate and university templates, straight ones pasted from Outlook, Teams, Slack, Google Docs and WhatsApp, single marks now and then, Spanish « » and “ ” habits from Latin American schooling, headings as US MBA and CIM course guides give them with a Spanish gloss, bulleted Hispanic Heritage Month, Día de los Muertos, Noche Buena, Cinco de Mayo, back-to-school, Black Friday and Copa América calendars
    "blind95": Pool(blind95_text, Blind95WorkFactory, (("“", "”"), ("“", "”"), ("“", "”"), ('"', '"'), ('"', '"'), ('"', '"'), ('"', '"'), ("‘", "’"), ("«", "»"), ("'", "'")),
                    ("References", "References", "References", "References", "Reference list", "Reference List", "REFERENCES", "References:", "Works Cited", "Bibliography", "Sources", "References / Referencias", "Referencias (References)", "Reference List (Harvard)"),
                    straight_apostrophe=0.65, bullets=0.35),
    # blind96 (held out for its first tables, development data since stop 33): brand, trade, CRM, digital, destination and communications marketers at banks and fintech super-apps, telecoms, supermarket and bazaar operators, FMCG, dairy and beverage makers, airlines, mining companies' community teams, hotel groups and agencies in Almaty, Astana, Shymkent, Tashkent, Samarkand, Bukhara, Bishkek, Osh and Ulaanbaatar, Word's curly marks from corporate and university templates, straight ones pasted from Telegram, WhatsApp, Outlook and Google Docs, Russian « » guillemets and „ “ low-high marks from Russian-language schooling and keyboards, single marks from British-trained tutors, headings as Nazarbayev University, KIMEP, WIUT, AUCA and NUM course guides give them with a Russian or Kazakh gloss, bulleted Nauryz, Naadam, Tsagaan Sar, Ramadan, 1 September, Novy God, 11.11 and Black Friday calendars
    "blind96": Pool(blind96_text, Blind96WorkFactory, (("“", "”"), ("“", "”"), ("“", "”"), ('"', '"'), ('"', '"'), ('"', '"'), ('"', '"'), ("«", "»"), ("«", "»"), ("„", "“"), ("‘", "’"), ("'", "'")),
                    ("References", "References", "References", "References", "Reference list", "Reference List", "REFERENCES", "References:", "Bibliography", "List of References", "List of references", "References / Список литературы", "References (Paidalanylgan adebietter)", "Reference List (Harvard)", "Sources"),
                    straight_apostrophe=0.7, bullets=0.35),
    # blind97 (held out for its first tables, development data since stop 33): brand, trade, CRM, digital, fundraising and communications marketers at telecoms and mobile-money operators, breweries, banks and microfinance institutions, insurers, FMCG, cement and agro-industry firms, supermarket chains, NGOs, UN agencies and agencies in Douala, Yaoundé, Libreville, Port-Gentil, Kinshasa, Lubumbashi, Brazzaville, Pointe-Noire, Kigali and Bujumbura, French AZERTY keyboards that give « » with thin spaces or without them, Word's curly marks from operators' and banks' templates, straight ones pasted from WhatsApp, Outlook and Google Docs, single marks from British-trained tutors in Buea and Kigali, headings in English with the French that francophone course guides give, bulleted Fête de la Jeunesse, Kwibohora, Umuganda, Tabaski, rentrée, Christmas and AFCON calendars
    "blind97": Pool(blind97_text, Blind97WorkFactory, (("“", "”"), ("“", "”"), ("“", "”"), ('"', '"'), ('"', '"'), ('"', '"'), ("«\u00a0", "\u00a0»"), ("«", "»"), ("‘", "’"), ("'", "'")),
                    ("References", "References", "References", "Reference list", "Reference List", "REFERENCES", "References:", "Bibliography", "Bibliographie / References", "References (Harvard)", "Références bibliographiques", "List of References", "Sources"),
                    straight_apostrophe=0.6, bullets=0.3),
    # blind98 (held out for its first tables, development data since stop 33): brand, trade, CRM, digital, destination, fundraising and communications marketers at resort groups, airlines, trekking and tour operators, tourism boards, telecoms, banks and remittance firms, noodle, tea, beer and cement makers, supermarket chains, NGOs, development agencies and agencies in Kathmandu, Pokhara, Lalitpur, Thimphu, Paro, Phuntsholing, Yangon, Mandalay, Naypyidaw, Malé and Hulhumalé, Word's curly marks from group, donor and university templates, straight ones pasted from Viber, WhatsApp, Messenger, Gmail and Google Docs, single marks from British-trained and Indian-trained tutors, headings as Tribhuvan, Kathmandu, Royal University of Bhutan, Yangon and Maldives National University course guides and CIM study centres give them, bulleted Dashain, Tihar, Losar, Tshechu, Thingyan, Thadingyut, Ramadan, Eid, Independence Day and trekking-season calendars
    "blind98": Pool(blind98_text, Blind98WorkFactory, (("“", "”"), ("“", "”"), ("“", "”"), ("“", "”"), ('"', '"'), ('"', '"'), ('"', '"'), ('"', '"'), ("‘", "’"), ("‘", "’"), ("'", "'")),
                    ("References", "References", "References", "References", "Reference list", "Reference List", "REFERENCES", "References:", "Bibliography", "List of References", "Reference", "Bibliography/References", "Harvard Reference List", "Sources Cited", "REFERENCE LIST"),
                    straight_apostrophe=0.6, bullets=0.3),
    # blind100 (held out for its first tables, development data since stop 33): brand, export, trade, CRM, digital, destination and communications marketers at wineries and brandy houses, mineral-water makers, banks and fintechs, telecoms, supermarket and mall operators, hotel groups, airlines and tourism boards in Tbilisi, Batumi, Kutaisi, Telavi, Yerevan, Gyumri, Dilijan, Baku, Ganja and Gabala, Word's curly marks from bank, telecom and university templates, straight ones pasted from Telegram, WhatsApp, Viber, Gmail and Google Docs, single marks from British-trained tutors and the study centre's guides, headings as TSU, ISET, Free University, AUA, YSU, ADA and UNEC course guides and CIM study centres give them (with Russian and Georgian headings beside the English), bulleted Rtveliseba, Novruz, Vardavar, New Year and Black Friday calendars
    "blind100": Pool(blind100_text, Blind100WorkFactory, (("“", "”"), ("“", "”"), ("“", "”"), ("“", "”"), ('"', '"'), ('"', '"'), ('"', '"'), ("‘", "’"), ("‘", "’"), ("'", "'"), ("«", "»")),
                     ("References", "References", "References", "References", "Reference list", "Reference List", "REFERENCES", "References:", "Bibliography", "List of References", "Reference List (Harvard)", "References / Список литературы", "References / გამოყენებული ლიტერატურა", "Sources", "Literature"),
                     straight_apostrophe=0.65, bullets=0.3),
    # blind101 (held out for its first tables, development data since stop 33): brand, destination, CRM, digital, community-relations and communications marketers at Alaska Native regional and village corporations, seafood processors, airlines, cruise and tour operators, hotel and resort groups, health systems, utilities, credit unions, banks, grocers and agencies in Anchorage, Juneau, Fairbanks, Ketchikan, Sitka, Honolulu, Hilo, Kahului, Kailua-Kona, Līhuʻe, Seattle, Tacoma, Spokane and Portland, American Word and Google Docs templates' curly double marks, straight ones typed on Macs with smart quotes off and pasted from Slack, Outlook and Canva, single marks from British-trained tutors, headings as US business schools ("Works Cited", "Literature Cited" from fisheries science) and CIM study centres give them, bulleted Fur Rondy, Iditarod, Merrie Monarch, Lei Day, Alaska Day, Golden Week, cruise-season and winter-visitor calendars
    "blind101": Pool(blind101_text, Blind101WorkFactory, (("“", "”"), ("“", "”"), ("“", "”"), ("“", "”"), ('"', '"'), ('"', '"'), ('"', '"'), ("‘", "’"), ("'", "'")),
                    ("References", "References", "References", "References", "Reference list", "Reference List", "REFERENCES", "References:", "Works Cited", "Works cited", "Bibliography", "Literature Cited", "Sources", "References (Harvard)", "Reference List (Harvard Style)"),
                    straight_apostrophe=0.55, bullets=0.3),
    # blind99 (held out for its first tables, development data since stop 33): brand, trade, CRM, digital, destination and communications marketers at rum distilleries, banana cooperatives, hotel and cruise groups, airlines, telecoms, banks and money-transfer firms, supermarket and car-dealer groups, NGOs and agencies in Fort-de-France, Le Lamentin, Pointe-à-Pitre, Baie-Mahault, Cayenne, Kourou, Marigot, Port-au-Prince, Pétion-Ville and Cap-Haïtien, French AZERTY keyboards that give « » with and without non-breaking spaces, Word's curly marks from group and university templates, straight ones pasted from WhatsApp, Outlook and Google Docs, single marks from British-trained tutors, headings in English with the French that Université des Antilles, Université de Guyane, UEH and Quisqueya course guides give, bulleted Carnaval, Kanaval, Abolition days, Toussaint, chanté Nwèl, rentrée, Route du Rhum and Black Friday calendars
    "blind99": Pool(blind99_text, Blind99WorkFactory, (("“", "”"), ("“", "”"), ("“", "”"), ('"', '"'), ('"', '"'), ('"', '"'), ("«\u00a0", "\u00a0»"), ("« ", " »"), ("«", "»"), ("‘", "’"), ("'", "'")),
                    ("References", "References", "References", "Reference list", "Reference List", "REFERENCES", "References:", "Bibliography", "Bibliographie / References", "Références bibliographiques (References)", "List of References", "Sources", "Reference List (Harvard)"),
                    straight_apostrophe=0.65, bullets=0.3),
    # blind102 (held out for its first tables, development data since stop 34): brand, CRM, digital, member-engagement, destination and communications marketers at caisses and credit unions, insurers, telecoms, grocers and pharmacy chains, dairy and maple co-operatives, ski resorts, tourism boards, theatres, festivals and Crown corporations in Montréal, Québec City, Laval, Gatineau, Sherbrooke, Trois-Rivières, Saguenay, Moncton, Edmundston and Ottawa, Word's curly marks from bank, university and CIM-centre templates, straight ones pasted from Outlook, Teams and Google Docs, « » from French Canadian (CSA) keyboards and Antidote corrections, with and without non-breaking spaces, single marks from British-trained tutors, headings in English or with the French that HEC, ESG UQAM, Laval and Moncton course guides give, bulleted Fête nationale, moving-day, Carnaval, temps des sucres, Tintamarre, rentrée and Black Friday calendars
    "blind102": Pool(blind102_text, Blind102WorkFactory, (("“", "”"), ("“", "”"), ("“", "”"), ("“", "”"), ('"', '"'), ('"', '"'), ('"', '"'), ("«\u00a0", "\u00a0»"), ("« ", " »"), ("«", "»"), ("‘", "’"), ("'", "'")),
                     ("References", "References", "References", "References", "Reference list", "Reference List", "REFERENCES", "References:", "Bibliography", "Références / References", "Bibliographie", "List of References", "Works Cited", "Reference List (Harvard)", "Sources"),
                     straight_apostrophe=0.6, bullets=0.3),
    # blind103 (held out for its first tables, development data since stop 34): brand, trade, CRM, digital, destination and communications marketers at banks, telecoms, retail chains, food, drink and pharmaceutical makers, hotel groups, airlines, tourism organisations and agencies in Belgrade, Novi Sad, Niš, Sarajevo, Banja Luka, Mostar, Podgorica, Budva, Kotor, Skopje, Ohrid, Tirana and Durrës, Word's curly marks from bank, telecom and university templates, straight ones pasted from Viber, WhatsApp, Outlook and Google Docs, the low-high „ “ and „ ” marks of Serbian, Bosnian, Croatian and Macedonian keyboards, » « now and then, single marks from British-trained tutors, headings with the Serbian, Macedonian or Albanian that local course guides give, bulleted Slava, Christmas, Bajram, Dita e Verës, Flag Day, diaspora-summer, back-to-school and Black Friday calendars
    "blind103": Pool(blind103_text, Blind103WorkFactory, (("“", "”"), ("“", "”"), ("“", "”"), ('"', '"'), ('"', '"'), ('"', '"'), ("„", "“"), ("„", "”"), ("»", "«"), ("‘", "’"), ("'", "'")),
                     ("References", "References", "References", "Reference list", "Reference List", "REFERENCES", "References:", "Bibliography", "Literatura / References", "Referencat (References)", "Користена литература (References)", "List of References", "Reference List (Harvard)", "Sources"),
                     straight_apostrophe=0.65, bullets=0.3),
    # blind104 (held out for its first tables, development data since stop 34): brand, trade, CRM, digital, employer-branding and communications marketers at banks, e-wallets, telecoms, malls, convenience chains, FMCG and QSR groups, BPOs, airlines and resorts in Makati, BGC, Ortigas, Quezon City, Cebu, Davao, Iloilo and Clark, Word's curly marks from company and school templates, straight ones pasted from Messenger, Viber and Google Docs, single marks from British-trained tutors, headings from UP, Ateneo, DLSU and AIM course guides, bulleted ber-months, payday, 11.11 and 12.12 and festival calendars
    "blind104": Pool(blind104_text, Blind104WorkFactory, (("“", "”"), ("“", "”"), ("“", "”"), ("“", "”"), ('"', '"'), ('"', '"'), ('"', '"'), ("‘", "’"), ("'", "'")),
                     ("References", "References", "References", "Reference List", "Reference list", "REFERENCES", "References:", "Bibliography", "List of References", "Sources Cited"),
                     straight_apostrophe=0.55, bullets=0.3),
    # blind105 (held out for its first tables, development data since stop 34): brand, CRM, digital, export and communications marketers at e-commerce platforms, ride-hailing and super-apps, banks, insurers, telecoms, FMCG and dairy makers, carpet and saffron exporters, hotels and agencies in Tehran, Isfahan, Shiraz, Mashhad and Tabriz and in Dubai, Toronto and London, Word's curly marks from university and company templates, straight ones pasted from Telegram, WhatsApp and Google Docs, « » carried over from a Persian keyboard, single marks from British-trained tutors, headings in English or with the Persian "Manabe" that Iranian course guides give, bulleted Nowruz, Yalda, Ramadan and Mehr calendars
    "blind105": Pool(blind105_text, Blind105WorkFactory, (("“", "”"), ("“", "”"), ("“", "”"), ('"', '"'), ('"', '"'), ('"', '"'), ('"', '"'), ("«", "»"), ("‘", "’"), ("'", "'")),
                     ("References", "References", "References", "Reference List", "Reference list", "REFERENCES", "References:", "Bibliography", "List of References", "Manabe (References)", "منابع / References", "Sources"),
                     straight_apostrophe=0.65, bullets=0.3),
    # blind106 (held out for its first tables, development data since stop 34): brand, trade, CRM, digital, medical-marketing and communications marketers at banks, telecoms, retail chains, FMCG, pharmaceutical and wine makers, spas, hotels, airlines and agencies in Budapest, Debrecen, Szeged, Győr, Pécs, Kolozsvár, Marosvásárhely, Csíkszereda, Komárom, Dunaszerdahely, Szabadka and Újvidék, Word's curly marks from company and Corvinus templates, Hungarian low-high marks „…” kept from Hungarian sources, straight ones pasted from Messenger, Teams and Google Docs, single marks from British-trained tutors, headings from Hungarian, Slovak and Romanian course guides, bulleted lists of sources
    "blind106": Pool(blind106_text, Blind106WorkFactory, (("“", "”"), ("“", "”"), ("“", "”"), ('"', '"'), ('"', '"'), ('"', '"'), ("„", "”"), ("„", "”"), ("»", "«"), ("‘", "’"), ("'", "'")),
                     ("References", "References", "References", "Reference list", "Reference List", "REFERENCES", "References:", "Bibliography", "Irodalomjegyzék (References)", "Felhasznált irodalom / References", "Forrásjegyzék", "List of References", "Reference List (Harvard)", "Sources"),
                     straight_apostrophe=0.6, bullets=0.3),
    # blind107 (held out for its first tables, development data since stop 34): brand, trade, CRM, digital and communications marketers at banks, telecoms, convenience and department-store chains, FMCG and beverage makers, property developers, hotels, airlines and agencies in Bangkok, Chiang Mai, Phuket, Khon Kaen, Vientiane and Phnom Penh, Word's curly marks from company and university templates, straight ones pasted from LINE and Google Docs, single marks from British-trained tutors, headings from Chulalongkorn, Thammasat, Mahidol and Sasin course guides, bulleted festival and payday calendars
    "blind107": Pool(blind107_text, Blind107WorkFactory, (("“", "”"), ("“", "”"), ("“", "”"), ('"', '"'), ('"', '"'), ('"', '"'), ('"', '"'), ("‘", "’"), ("‘", "’"), ("'", "'")),
                     ("References", "References", "References", "Reference List", "Reference list", "REFERENCES", "References:", "Bibliography", "List of References", "Reference List (Harvard)", "Sources"),
                     straight_apostrophe=0.6, bullets=0.3),
    # blind108 (held out for its first tables, development data since stop 34): brand, CRM, digital, export and communications marketers at banks, microfinance institutions, telecoms and mobile money, Ethiopian Airlines, coffee and leather exporters, breweries, FMCG makers, hotels and agencies in Addis Ababa, Adama, Hawassa, Bahir Dar, Mekelle and Asmara and in Washington DC, London and Dubai, Word's curly marks from university and bank templates, straight ones pasted from Telegram and Google Docs, « » from an Amharic keyboard, single marks from British-trained tutors, headings from AAU, Bahir Dar, Jimma and St. Mary's thesis guides ("REFERENCE", "Bibliography", the Amharic "ዋቢ ጽሑፎች"), bulleted festival and survey lists
    "blind108": Pool(blind108_text, Blind108WorkFactory, (("“", "”"), ("“", "”"), ("“", "”"), ('"', '"'), ('"', '"'), ('"', '"'), ("«", "»"), ("‘", "’"), ("‘", "’"), ("'", "'")),
                     ("References", "References", "References", "REFERENCES", "Reference", "REFERENCE", "Reference List", "Reference list", "References:", "Bibliography", "List of References", "ዋቢ ጽሑፎች (References)", "Sources"),
                     straight_apostrophe=0.65, bullets=0.3),
    # blind109 (held out for its first tables, development data since stop 34): brand, trade, CRM, digital, destination and communications marketers at banks, telecoms, mining and cashmere firms, retailers, FMCG and dairy makers, airlines, tourism camps and agencies in Ulaanbaatar, Erdenet and Darkhan and among Mongolians in Hohhot, Ulan-Ude and Seoul, Word's curly marks from bank and university templates, straight ones pasted from Facebook Messenger, Viber and Google Docs, « » and „ “ carried over from Mongolian and Russian Cyrillic keyboards, single marks from British-trained tutors, headings in English or with the Mongolian "Ашигласан ном зүй" and Russian "Список литературы" that NUM, MUST, UFE and Buryat State course guides give, bulleted Tsagaan Sar, Naadam, school-year and winter calendars
    "blind109": Pool(blind109_text, Blind109WorkFactory, (("“", "”"), ("“", "”"), ("“", "”"), ('"', '"'), ('"', '"'), ('"', '"'), ('"', '"'), ("«", "»"), ("„", "“"), ("‘", "’"), ("'", "'")),
                     ("References", "References", "References", "Reference List", "Reference list", "REFERENCES", "References:", "Bibliography", "List of References", "Ашигласан ном зүй (References)", "Ном зүй / References", "Список литературы (References)", "Sources"),
                     straight_apostrophe=0.65, bullets=0.3),
    # blind110 (held out for its first tables, development data since stop 34): brand, CRM, digital, trade and communications marketers at banks and cooperatives, telecoms, rum distillers, breweries, retailers, FMCG makers, hotels and resorts, airlines and agencies in Puerto Rico, the Dominican Republic, Cuba and Venezuela and in Miami, Madrid and New York, Word's curly marks from company and university templates, straight ones pasted from WhatsApp and Google Docs, Spanish « » from a Spanish keyboard and Spanish sources, single marks from British-trained tutors, headings in English, in Spanish or both ("Referencias", "Bibliografía / References") and the US "Works Cited", bulleted holiday and hurricane-season calendars
    "blind110": Pool(blind110_text, Blind110WorkFactory, (("“", "”"), ("“", "”"), ("“", "”"), ('"', '"'), ('"', '"'), ('"', '"'), ("«", "»"), ("«", "»"), ("‘", "’"), ("'", "'")),
                     ("References", "References", "References", "Reference List", "Reference list", "REFERENCES", "References:", "Bibliography", "Referencias", "Referencias bibliográficas", "Bibliografía / References", "Works Cited", "List of References", "Reference List (Harvard)"),
                     straight_apostrophe=0.6, bullets=0.3),
    # blind111 (held out for its first tables, development data since stop 35): brand, CRM, digital, trade and communications marketers at banks, telecoms, wineries and brandy houses, mineral-water and FMCG makers, retailers, hotels, airlines and agencies in Tbilisi, Batumi, Kutaisi, Yerevan and Gyumri and in Moscow, Los Angeles and Paris, Word's curly marks from bank and university templates, straight ones pasted from Messenger, Telegram and Google Docs, Georgian „ “ from a Georgian keyboard and Armenian « » from an Armenian one, single marks from British-trained tutors, headings in English or with the Georgian "გამოყენებული ლიტერატურა", the Armenian "Գրականություն" and the Russian "Список литературы" that TSU, ISET, AUA and YSU guides give, bulleted Rtveli, Tbilisoba, Vardavar and Easter calendars
    "blind111": Pool(blind111_text, Blind111WorkFactory, (("“", "”"), ("“", "”"), ("“", "”"), ('"', '"'), ('"', '"'), ('"', '"'), ("„", "“"), ("„", "“"), ("«", "»"), ("«", "»"), ("‘", "’"), ("'", "'")),
                     ("References", "References", "References", "Reference List", "Reference list", "REFERENCES", "References:", "Bibliography", "List of References", "გამოყენებული ლიტერატურა (References)", "Գրականություն / References", "Список литературы (References)", "Works Cited", "Reference List (Harvard)"),
                     straight_apostrophe=0.65, bullets=0.3),
    # blind112 (held out for its first tables, development data since stop 35): brand, trade, CRM, digital and communications marketers at banks, telecoms, retailers, FMCG, dairy and olive-oil makers, phosphate and automotive firms, hotels and riads, airlines and agencies in Casablanca, Rabat, Marrakech, Tangier, Algiers, Oran, Tunis and Sfax and in Paris, Montréal and Brussels, Word's curly marks from company and university templates, straight ones pasted from WhatsApp, Outlook and Google Docs, French « » with their spaces from AZERTY keyboards and French sources, single marks from British-trained tutors, headings in English, in French or both ("Bibliographie", "Références bibliographiques", "Références / References") as ISCAE, ENCG, IHEC and Algiers 3 course guides give them, bulleted Ramadan, Eid, Yennayer, summer-diaspora and rentrée calendars
    "blind112": Pool(blind112_text, Blind112WorkFactory, (("“", "”"), ("“", "”"), ("“", "”"), ('"', '"'), ('"', '"'), ('"', '"'), ("« ", " »"), ("«", "»"), ("‘", "’"), ("'", "'")),
                     ("References", "References", "References", "Reference List", "Reference list", "REFERENCES", "References:", "Bibliography", "Bibliographie", "Références bibliographiques", "Références / References", "Bibliographie (References)", "List of References", "Reference List (Harvard)"),
                     straight_apostrophe=0.6, bullets=0.3),
    # blind113 (held out for its first tables, development data since stop 35): brand, CRM, digital, trade and communications marketers at banks, telecoms, shipping and tourism groups, olive-oil, yoghurt, feta and wine makers, retailers, hotels, airlines and agencies in Athens, Thessaloniki, Patras, Heraklion, Nicosia and Limassol and in Melbourne, London and New York, Word's curly marks from company and university templates, straight ones pasted from Viber, Messenger and Google Docs, « » from a Greek keyboard and Greek sources, single marks from British-trained tutors, headings in English, in Greek or both ("Βιβλιογραφία", "Βιβλιογραφικές αναφορές / References"), bulleted Easter, name-day and summer-season calendars
    "blind113": Pool(blind113_text, Blind113WorkFactory, (("“", "”"), ("“", "”"), ("“", "”"), ('"', '"'), ('"', '"'), ('"', '"'), ("«", "»"), ("«", "»"), ("‘", "’"), ("'", "'")),
                     ("References", "References", "References", "Reference List", "Reference list", "REFERENCES", "References:", "Bibliography", "Βιβλιογραφία", "Βιβλιογραφία / References", "Βιβλιογραφικές αναφορές (References)", "List of References", "Reference List (Harvard)"),
                     straight_apostrophe=0.6, bullets=0.3),
    # blind114 (held out for its first tables, development data since stop 35): brand, CRM, digital, trade and communications marketers at banks and cooperatives, telecoms, frigoríficos and dairy cooperatives, yerba-mate, soy and quinoa exporters, breweries, retailers, free-zone and logistics firms, hotels and agencies in Montevideo, Punta del Este, Asunción, Ciudad del Este, La Paz, El Alto, Santa Cruz de la Sierra and Cochabamba and in Buenos Aires, Madrid and São Paulo, Word's curly marks from bank and university templates, straight ones pasted from WhatsApp and Google Docs, « » from Spanish sources and style guides, single marks from British-trained tutors, headings in English, in Spanish or both ("Referencias", "Referencias bibliográficas", "Bibliografía / References") as Udelar, UCU, UNA and UMSA guides give them, bulleted Carnaval, Semana de Turismo, Alasita and zafra calendars
    "blind114": Pool(blind114_text, Blind114WorkFactory, (("“", "”"), ("“", "”"), ("“", "”"), ('"', '"'), ('"', '"'), ('"', '"'), ("«", "»"), ("‘", "’"), ("‘", "’"), ("'", "'")),
                     ("References", "References", "References", "Reference List", "Reference list", "REFERENCES", "References:", "Bibliography", "Referencias", "Referencias bibliográficas", "Bibliografía / References", "Referencias (References)", "List of References", "Reference List (Harvard)"),
                     straight_apostrophe=0.6, bullets=0.3),
    # blind115 (held out for its first tables, development data since stop 35): brand, CRM, digital, trade and communications marketers at banks, telecoms and mobile-money firms, oil-services and construction groups, bottlers, supermarkets and malls, airlines, hospitals, universities and agencies in Baghdad, Basra, Mosul, Najaf, Erbil, Sulaymaniyah and Duhok and in Stockholm, Berlin, London, Detroit and Amman, Word's curly marks from bank and university templates, straight ones pasted from WhatsApp, Viber, Telegram and Google Docs, « » from Arabic sources and an Arabic keyboard, single marks from British-trained tutors, headings in English, in Arabic or Kurdish or both ("المصادر", "قائمة المراجع / References", "Serçawekan"), bulleted Ramadan, Eid, Nowruz and Arbaeen calendars
    "blind115": Pool(blind115_text, Blind115WorkFactory, (("“", "”"), ("“", "”"), ("“", "”"), ('"', '"'), ('"', '"'), ('"', '"'), ('"', '"'), ("«", "»"), ("‘", "’"), ("'", "'")),
                     ("References", "References", "References", "Reference List", "Reference list", "REFERENCES", "References:", "Bibliography", "List of References", "Sources", "المصادر (References)", "قائمة المراجع / References", "Serçawekan (References)", "Reference List (Harvard)"),
                     straight_apostrophe=0.65, bullets=0.3),
    # blind116 (held out for its first tables, development data since stop 35): brand, trade, CRM, digital and communications marketers at banks and SACCOs, telecoms and mobile money, breweries and bottlers, coffee, tea, sugar and fish exporters, safari and hotel groups, supermarkets, media houses, NGOs and agencies in Dar es Salaam, Arusha, Zanzibar, Mwanza, Dodoma, Kampala, Entebbe, Gulu and Mbarara and in London, Nairobi and Toronto, Word's curly marks from company and university templates, straight ones pasted from WhatsApp, Gmail and Google Docs, single marks from British-trained tutors at UDSM, Makerere and Mzumbe, headings in English, in Swahili or both ("Marejeo", "Marejeo / References", "Orodha ya marejeo"), bulleted Ramadan, Saba Saba, Nane Nane, Heroes' Day and school-term calendars
    "blind116": Pool(blind116_text, Blind116WorkFactory, (("“", "”"), ("“", "”"), ("“", "”"), ('"', '"'), ('"', '"'), ('"', '"'), ("‘", "’"), ("‘", "’"), ("'", "'")),
                     ("References", "References", "References", "Reference List", "Reference list", "REFERENCES", "References:", "Bibliography", "Marejeo", "Marejeo / References", "Orodha ya Marejeo (References)", "List of References", "Reference List (Harvard)", "REFERENCES AND BIBLIOGRAPHY"),
                     straight_apostrophe=0.6, bullets=0.3),
    # blind117 (held out for its first tables, development data since stop 35): brand, CRM, digital, trade and communications marketers at banks and cooperatives, remittance and mobile-money firms, telecoms, coffee, banana, sugar and maquila exporters, brewers and bottlers, supermarkets, free-zone and canal logistics firms, hotels, airlines and agencies in Guatemala City, Quetzaltenango, Tegucigalpa, San Pedro Sula, San Salvador, Managua, San José, Panama City and Colón and in Los Angeles, Houston, Washington DC and Madrid, Word's curly marks from bank and university templates, straight ones pasted from WhatsApp, Outlook and Google Docs, « » from Madrid-trained writers and Spanish-language sources, single marks from British-trained tutors at INCAE, headings in English, in Spanish or both ("Referencias", "Bibliografía", "Referencias bibliográficas / References"), bulleted Semana Santa, 15 September, Bono 14 and aguinaldo calendars
    "blind117": Pool(blind117_text, Blind117WorkFactory, (("“", "”"), ("“", "”"), ("“", "”"), ('"', '"'), ('"', '"'), ('"', '"'), ('"', '"'), ("«", "»"), ("‘", "’"), ("'", "'")),
                     ("References", "References", "References", "Reference List", "Reference list", "REFERENCES", "References:", "Bibliography", "Referencias", "Bibliografía", "Referencias bibliográficas / References", "Fuentes consultadas (References)", "List of References", "Reference List (Harvard)"),
                     straight_apostrophe=0.6, bullets=0.3),
    # blind118 (held out for its first tables, development data since stop 35): brand, trade, CRM, digital and communications marketers at banks and Islamic banks, telecoms, oil, gas and LNG firms, ports, free zones and logistics groups, fisheries, frankincense, honey and date producers, malls and supermarkets, airlines, hotels and agencies in Muscat, Salalah, Sohar, Sana'a, Aden, Mukalla, Manama and Muharraq and in Dubai, Riyadh, London, Birmingham, Detroit and Jakarta, Word's curly marks from bank and university templates, straight ones pasted from WhatsApp, Outlook and Google Docs, single marks from British-trained tutors at SQU, the University of Bahrain and the colleges, « » from Arabic sources, headings in English, in Arabic or both ("المراجع", "قائمة المراجع / References"), bulleted Ramadan, Eid, Khareef and National Day calendars
    "blind118": Pool(blind118_text, Blind118WorkFactory, (("“", "”"), ("“", "”"), ("“", "”"), ('"', '"'), ('"', '"'), ('"', '"'), ("‘", "’"), ("‘", "’"), ("'", "'"), ("«", "»")),
                     ("References", "References", "References", "Reference List", "Reference list", "REFERENCES", "References:", "Bibliography", "List of References", "المراجع (References)", "قائمة المراجع / References", "Reference List (Harvard)", "REFERENCE LIST", "Sources"),
                     straight_apostrophe=0.65, bullets=0.3),
    # blind119 (held out for its first tables, development data since stop 35): brand, trade, CRM, digital and communications marketers at banks, telecoms and mobile money, oil, gas and mining groups, breweries and bottlers, supermarkets, cashew, cotton and prawn exporters, hotels, airlines and agencies in Luanda, Benguela, Lubango, Huambo, Maputo, Beira, Nampula and Pemba and in Lisbon, Porto, Johannesburg and São Paulo, Word's curly marks from bank and university templates, straight ones pasted from WhatsApp and Google Docs, « » from Portuguese sources and a Portuguese keyboard, single marks from British-trained tutors, headings in English, in Portuguese or both ("Referências Bibliográficas", "Bibliografia / References") as UAN, UCAN, UEM and ISCTE guides give them, bulleted Independence Day, Carnaval, kizomba and cashew-campaign calendars
    "blind119": Pool(blind119_text, Blind119WorkFactory, (("“", "”"), ("“", "”"), ("“", "”"), ('"', '"'), ('"', '"'), ('"', '"'), ("«", "»"), ("«", "»"), ("‘", "’"), ("'", "'")),
                     ("References", "References", "References", "Reference List", "Reference list", "REFERENCES", "References:", "Bibliography", "Referências", "Referências Bibliográficas", "Bibliografia / References", "Referências (References)", "List of References", "Reference List (Harvard)", "REFERÊNCIAS BIBLIOGRÁFICAS"),
                     straight_apostrophe=0.65, bullets=0.3),
    # blind120 (held out for its first tables, development data since stop 36): brand, digital, trade and CRM marketers at banks and Islamic banks, telecoms and mobile money, gum-arabic, sesame, livestock and sugar exporters, bottlers and flour mills, supermarkets, NGOs and UN agencies, airlines and agencies in Khartoum, Omdurman, Port Sudan, Wad Madani, Juba, Wau and Malakal and in Cairo, Doha, Riyadh, London, Nairobi and Kampala, curly marks from Word templates, straight ones typed on phones and pasted from WhatsApp and Google Docs, single marks from British-trained tutors, headings as Khartoum, SUST, Juba and UK diaspora guides give them ("References", "Reference List", "Bibliography", "List of References", "المراجع / References"), bulleted Ramadan, Eid and Independence Day calendars
    "blind120": Pool(blind120_text, Blind120WorkFactory, (("“", "”"), ("“", "”"), ("“", "”"), ('"', '"'), ('"', '"'), ('"', '"'), ('"', '"'), ("‘", "’"), ("‘", "’"), ("'", "'")),
                     ("References", "References", "References", "Reference List", "Reference list", "REFERENCES", "References:", "Bibliography", "List of References", "Reference List (Harvard)", "REFERENCE LIST", "المراجع / References", "References (Harvard style)"),
                     straight_apostrophe=0.6, bullets=0.3),
    # blind121 (held out for its first tables, development data since stop 36): brand, trade, CRM, digital and communications marketers at banks, telecoms (A1, MTS, life:)), IT-outsourcing and software firms (EPAM, Wargaming, Flo), dairies, potash, tractor and truck makers, retailers, hotels and agencies in Minsk, Brest, Grodno, Gomel, Vitebsk and Mogilev and in Vilnius, Warsaw, Riga, Tbilisi and Berlin, Word's curly marks from bank and university templates, straight ones pasted from Telegram and Google Docs, « » and „ “ from a Russian or Belarusian keyboard and Russian sources, single marks from British-trained tutors, headings in English, in Russian or Belarusian or both ("Список литературы", "Спіс літаратуры / References") as BSU, BSEU and EHU guides give them, bulleted Kupalle, Independence Day, Dziady and New Year calendars
    "blind121": Pool(blind121_text, Blind121WorkFactory, (("“", "”"), ("“", "”"), ("“", "”"), ('"', '"'), ('"', '"'), ('"', '"'), ("«", "»"), ("«", "»"), ("„", "“"), ("‘", "’"), ("'", "'")),
                     ("References", "References", "References", "Reference List", "Reference list", "REFERENCES", "References:", "Bibliography", "List of References", "Список литературы", "Список использованных источников / References", "Спіс літаратуры (References)", "Reference List (Harvard)", "LIST OF REFERENCES"),
                     straight_apostrophe=0.7, bullets=0.3),
    # blind122 (held out for its first tables, development data since stop 36): brand, trade, CRM and digital marketers at banks, telecoms, LNG, mining and logging firms, coffee, cocoa, copra, kava and tuna exporters, supermarkets, airlines, resorts and agencies in Port Moresby, Lae, Mount Hagen, Goroka, Honiara, Port Vila and Luganville and in Brisbane, Cairns and Auckland, Word's curly marks from bank and university templates, straight ones pasted from WhatsApp, Facebook and Google Docs, single marks from Australian- and New Zealand-trained tutors, headings in English (UPNG, Unitech, SINU and USP guides) and now and then in Tok Pisin or Bislama, bulleted Independence Day, Hiri Moale, Goroka Show and Christmas calendars
    "blind122": Pool(blind122_text, Blind122WorkFactory, (("“", "”"), ("“", "”"), ("“", "”"), ('"', '"'), ('"', '"'), ('"', '"'), ('"', '"'), ("‘", "’"), ("‘", "’"), ("'", "'")),
                     ("References", "References", "References", "Reference List", "Reference list", "REFERENCES", "References:", "Bibliography", "List of References", "Reference List (Harvard)", "REFERENCE LIST", "Ol Buk na Pepa (References)", "Referens / References", "Sources Cited"),
                     straight_apostrophe=0.7, bullets=0.3),
    # blind123 (held out for its first tables, development data since stop 36): brand, trade, CRM and digital marketers at banks and microfinance institutions, Ethio telecom, Safaricom Ethiopia and telebirr, coffee, flower, leather and sesame exporters, breweries and bottlers, Ethiopian Airlines, hotels, supermarkets, media houses, NGOs and agencies in Addis Ababa, Adama, Bahir Dar, Hawassa, Mekelle, Dire Dawa, Asmara and Massawa and in Washington DC, London, Stockholm, Tel Aviv and Dubai, Word's curly marks from bank and university templates, straight ones pasted from Telegram, WhatsApp and Google Docs, single marks from British-trained tutors, headings in English as AAU, St. Mary's and Bahir Dar guides give them and now and then in Amharic ("ዋቢ መጻሕፍት / References"), bulleted Meskel, Timket, Fasika, Enkutatash and Ramadan calendars
    "blind123": Pool(blind123_text, Blind123WorkFactory, (("“", "”"), ("“", "”"), ("“", "”"), ('"', '"'), ('"', '"'), ('"', '"'), ('"', '"'), ("‘", "’"), ("‘", "’"), ("'", "'")),
                     ("References", "References", "References", "Reference List", "Reference list", "REFERENCES", "References:", "Bibliography", "List of References", "Reference List (Harvard)", "REFERENCE LIST", "ዋቢ መጻሕፍት / References", "Works Cited", "Sources"),
                     straight_apostrophe=0.65, bullets=0.3),
    # blind124 (held out for its first tables, development data since stop 36): brand, trade, CRM and digital marketers at banks, telecoms, rum and beer makers, rice, bauxite, gold and oil firms, tourism boards, cruise ports, casinos, supermarkets, airlines, insurers and agencies in Paramaribo, Nieuw Nickerie, Oranjestad, Willemstad, Philipsburg and Kralendijk and in Amsterdam, Rotterdam, The Hague and Miami, Word's curly marks from Dutch-language templates (with „ “ now and then from a Dutch keyboard), straight ones pasted from WhatsApp and Google Docs, single marks from British-trained tutors, headings in English or in Dutch ("Literatuurlijst", "Bronnenlijst", "Referenties") as ADEK, UA and UoC guides give them, and now and then in Papiamentu ("Referensianan"), bulleted Keti Koti, Divali, Carnival and Dia di Himno y Bandera calendars
    "blind124": Pool(blind124_text, Blind124WorkFactory, (("“", "”"), ("“", "”"), ("“", "”"), ('"', '"'), ('"', '"'), ('"', '"'), ("„", "”"), ("‘", "’"), ("‘", "’"), ("'", "'")),
                     ("References", "References", "References", "Reference List", "Reference list", "REFERENCES", "References:", "Bibliography", "List of References", "Literatuurlijst", "Bronnenlijst", "Literatuurlijst / References", "Referenties", "Referensianan (References)", "Reference List (Harvard)"),
                     straight_apostrophe=0.7, bullets=0.3),
    # blind125 (held out for its first tables, development data since stop 36): brand, trade, CRM and digital marketers at banks and microfinance, telecoms and mobile money (Orange Money, MTN MoMo, M-Pesa, Airtel Money), breweries and bottlers, cocoa, coffee, timber, oil and mining firms, supermarkets, airlines, media houses, NGOs and agencies in Douala, Yaoundé, Bamenda, Buea, Libreville, Port-Gentil, Brazzaville, Pointe-Noire, Kinshasa, Lubumbashi and Goma and in Paris, Brussels, Montréal and Johannesburg, Word's curly marks from bank and university templates, straight ones pasted from WhatsApp and Google Docs, « » from an AZERTY keyboard and French sources, single marks from British-trained tutors, headings in English and, from French-trained candidates, in French ("Bibliographie", "Références bibliographiques") or both, bulleted Fête nationale, 30 June, Ramadan, rentrée and Christmas calendars
    "blind125": Pool(blind125_text, Blind125WorkFactory, (("“", "”"), ("“", "”"), ("“", "”"), ('"', '"'), ('"', '"'), ('"', '"'), ("« ", " »"), ("«", "»"), ("‘", "’"), ("‘", "’"), ("'", "'")),
                     ("References", "References", "References", "Reference List", "Reference list", "REFERENCES", "References:", "Bibliography", "BIBLIOGRAPHY", "List of References", "Bibliographie", "Références bibliographiques", "Bibliographie / References", "References (Harvard)", "Webography and References"),
                     straight_apostrophe=0.7, bullets=0.3),
    # blind126 (held out for its first tables, development data since stop 37): brand, CRM and digital marketers at banks and NBFCs, gold-loan and chit-fund firms, jewellers, silk and saree retailers, FMCG, coffee, tea and spice firms, IT and SaaS firms, two-wheeler makers, film houses and OTT platforms, hospitals, edtech, hotels and agencies in Chennai, Coimbatore, Madurai, Kochi, Thiruvananthapuram, Kozhikode, Bengaluru, Mysuru, Hyderabad and Visakhapatnam and in Singapore, Dubai, Kuala Lumpur, London and New Jersey, Word's curly double marks from college and company templates, straight ones pasted from WhatsApp and Google Docs, single marks from British-trained tutors, headings as Indian colleges teach them ("Bibliography", "References (Harvard Style)", "Webliography"), bulleted Pongal, Onam, Ugadi and Diwali calendars
    "blind126": Pool(blind126_text, Blind126WorkFactory, (("“", "”"), ("“", "”"), ("“", "”"), ("“", "”"), ('"', '"'), ('"', '"'), ('"', '"'), ("‘", "’"), ("‘", "’"), ("'", "'")),
                     ("References", "References", "References", "Reference List", "Reference list", "REFERENCES", "References:", "Bibliography", "BIBLIOGRAPHY", "List of References", "References (Harvard Style)", "Webliography", "Bibliography and Webliography", "Sources Referred", "REFERENCE"),
                     straight_apostrophe=0.7, bullets=0.35),
    # blind127 (held out for its first tables, development data since stop 37): brand, trade, CRM and digital marketers at banks and microfinance, telecoms and mobile money (Orange Money, Afrimoney, Lonestar Cell MTN MoMo, QMoney), breweries and bottlers, mining, rubber, cocoa and palm-oil firms, supermarkets, hotels, airlines, media houses, NGOs and agencies in Freetown, Bo, Kenema, Makeni, Monrovia, Gbarnga, Buchanan, Banjul, Serrekunda and Brikama and in London, Washington DC, Minneapolis and Accra, Word's curly marks from bank and university templates, straight ones pasted from WhatsApp, Facebook and Google Docs, single marks from British-trained tutors and Fourah Bay College's house style, headings in English ("References", "Bibliography", "List of References", "Reference List (Harvard Style)", "Sources Consulted") as West African universities teach them, straight apostrophes from phone keyboards, bulleted findings and recommendations
    "blind127": Pool(blind127_text, Blind127WorkFactory, (("“", "”"), ("“", "”"), ("“", "”"), ('"', '"'), ('"', '"'), ('"', '"'), ('"', '"'), ("‘", "’"), ("‘", "’"), ("'", "'")),
                     ("References", "References", "References", "Reference List", "Reference list", "REFERENCES", "References:", "Bibliography", "BIBLIOGRAPHY", "List of References", "Reference List (Harvard Style)", "Sources Consulted", "REFERENCE LIST", "Works Cited"),
                     straight_apostrophe=0.7, bullets=0.35),
    # blind128 (held out for its first tables, development data since stop 37): brand, trade, CRM and digital marketers at banks and remittance firms (Dahabshiil, Amal, Salaam Somali Bank, Premier Bank), telecoms and mobile money (Hormuud and EVC Plus, Telesom and ZAAD, Golis and Sahal), livestock exporters, FMCG importers and bottlers, cement firms, airlines, hotels, media houses, NGOs and agencies in Mogadishu, Hargeisa, Berbera, Bosaso, Garowe, Kismayo and Djibouti City and in Minneapolis, Columbus, London, Toronto, Eastleigh and Dubai, straight marks pasted from WhatsApp, Facebook and Google Docs most of all, Word's curly ones from bank and NGO templates, single marks from British-trained tutors, « » now and then from Djibouti's AZERTY keyboards and French sources, headings in English and now and then in Somali ("Tixraacyada / References") or French ("Bibliographie"), bulleted Ramadan, Eid, 26 June, 1 July, 18 May, 27 June and Gu and Deyr calendars
    "blind128": Pool(blind128_text, Blind128WorkFactory, (('"', '"'), ('"', '"'), ('"', '"'), ('"', '"'), ("“", "”"), ("“", "”"), ("“", "”"), ("‘", "’"), ("'", "'"), ("« ", " »")),
                     ("References", "References", "References", "Reference List", "Reference list", "REFERENCES", "References:", "Bibliography", "List of References", "Reference List (Harvard)", "REFERENCE LIST", "Tixraacyada / References", "Raadraac (References)", "Bibliographie", "Sources"),
                     straight_apostrophe=0.75, bullets=0.35),
    # blind129 (held out for its first tables, development data since stop 37): brand, trade, CRM and digital marketers at banks and Islamic banks (Maybank, CIMB, Bank Islam, BIBD), telecoms and e-wallets (Maxis, CelcomDigi, Touch 'n Go, Boost, GrabPay), palm-oil and rubber-glove firms, halal food and drink makers, hypermarkets and convenience chains, airlines, property developers, universities, media houses and agencies in Kuala Lumpur, Petaling Jaya, Penang, Johor Bahru, Kota Kinabalu, Kuching, Ipoh and Bandar Seri Begawan and in Singapore, London and Melbourne, Word's curly double marks from bank and university templates most of all, straight ones pasted from WhatsApp and Google Docs, single curly marks from UK-franchised degree programmes, headings in English and now and then in Malay ("Rujukan / References", "Senarai Rujukan (References)"), straight apostrophes from phone keyboards, bulleted festive calendars, findings and recommendations
    "blind129": Pool(blind129_text, Blind129WorkFactory, (("“", "”"), ("“", "”"), ("“", "”"), ("“", "”"), ('"', '"'), ('"', '"'), ('"', '"'), ("‘", "’"), ("‘", "’"), ("'", "'")),
                     ("References", "References", "References", "Reference List", "Reference list", "REFERENCES", "References:", "Bibliography", "List of References", "Reference List (Harvard)", "REFERENCE LIST", "Rujukan / References", "Senarai Rujukan (References)", "References (APA-Harvard)", "Sources"),
                     straight_apostrophe=0.55, bullets=0.35),
    # blind130 (held out for its first tables, development data since stop 37): marketers in Kazakhstan, Uzbekistan and Kyrgyzstan and their diaspora at banks and fintechs (Kaspi.kz, Halyk, Freedom, Uzum, Click, Payme), telecoms (Beeline, Kcell, Ucell, MegaCom), airlines, bazaars and supermarkets, cotton, textile, dried-fruit, wine, cement and mining firms and agencies, curly marks from Word most of all, straight ones typed on Russian keyboard layouts and pasted from Telegram, « » from Russian-language sources and Russian-trained tutors, „ “ now and then, headings in English and now and then in Russian ("Список литературы"), Kazakh ("Пайдаланылған әдебиеттер") or Uzbek ("Foydalanilgan adabiyotlar"), bulleted Nauryz, Navruz, Kurban Ait, Independence Day and Kaspi Juma calendars
    "blind130": Pool(blind130_text, Blind130WorkFactory, (("“", "”"), ("“", "”"), ("“", "”"), ('"', '"'), ('"', '"'), ('"', '"'), ("«", "»"), ("«", "»"), ("„", "“"), ("‘", "’"), ("'", "'")),
                     ("References", "References", "References", "Reference List", "Reference list", "REFERENCES", "References:", "Bibliography", "List of References", "Reference List (Harvard)", "Список литературы / References", "Список использованной литературы (References)", "Пайдаланылған әдебиеттер / References", "Foydalanilgan adabiyotlar (References)", "LIST OF REFERENCES"),
                     straight_apostrophe=0.7, bullets=0.3),
    # blind131 (held out for its first tables, development data since stop 37): brand, trade, CRM and digital marketers at banks and fintechs (Vietcombank, Techcombank, VPBank, MoMo, ZaloPay, VNPAY), telecoms (Viettel, VNPT, MobiFone), conglomerates (Vingroup, Masan, Sun Group, FPT), dairy, coffee, beer, seafood, rice, garment and electronics makers, e-commerce platforms, convenience chains, airlines, media houses and agencies in Hanoi, Ho Chi Minh City, Da Nang, Hai Phong, Can Tho, Nha Trang and Hue and in Paris, Orange County, San Jose, Sydney, Berlin and Seoul, Word's curly marks from university and bank templates (Vietnamese Word and Google Docs give “ ”), straight ones pasted from Zalo, Messenger and Google Docs, single marks from British- and Australian-trained tutors (RMIT Vietnam), « » now and then from French sources and Paris-trained candidates, headings in English and now and then in Vietnamese ("Tài liệu tham khảo", "Danh mục tài liệu tham khảo / References") as NEU, UEH and FTU guides give them, bulleted Tết, Mid-Autumn, 20/10 and 9.9 and 11.11 calendars
    "blind131": Pool(blind131_text, Blind131WorkFactory, (("“", "”"), ("“", "”"), ("“", "”"), ("“", "”"), ('"', '"'), ('"', '"'), ('"', '"'), ("‘", "’"), ("‘", "’"), ("'", "'"), ("« ", " »")),
                     ("References", "References", "References", "Reference List", "Reference list", "REFERENCES", "References:", "Bibliography", "List of References", "Reference List (Harvard)", "Tài liệu tham khảo", "TÀI LIỆU THAM KHẢO", "Danh mục tài liệu tham khảo / References", "Tài liệu tham khảo (References)"),
                     straight_apostrophe=0.7, bullets=0.3),
    # blind133 (held out for its first tables, development data since stop 37): marketers in Zambia, Zimbabwe and Malawi and their diaspora at banks and microfinance, telecoms and mobile money (Airtel Money, MTN MoMo, EcoCash, OneMoney, TNM Mpamba), breweries and bottlers, maize, tobacco, tea, sugar and copper firms, supermarkets (Shoprite, OK Zimbabwe, Chipiku), insurers, airlines, media houses and agencies in Lusaka, Ndola, Kitwe, Livingstone, Harare, Bulawayo, Mutare, Lilongwe, Blantyre and Mzuzu and in Johannesburg, London, Leicester and Dallas, Word's curly double marks from bank and university templates most of all, straight ones pasted from WhatsApp and Google Docs, single curly and straight marks from British-trained tutors and UK-franchised programmes (UNISA, Leicester, ZCAS), headings in English as UNZA, CBU, UZ, NUST and UNIMA guides give them ("References", "Reference List", "Bibliography", "List of References", "REFERENCES:"), straight apostrophes from phone keyboards, bulleted findings, recommendations and Independence, Heroes Day, Kuomboka and festive calendars
    "blind133": Pool(blind133_text, Blind133WorkFactory, (("“", "”"), ("“", "”"), ("“", "”"), ("“", "”"), ('"', '"'), ('"', '"'), ('"', '"'), ("‘", "’"), ("‘", "’"), ("'", "'")),
                     ("References", "References", "References", "Reference List", "Reference list", "REFERENCES", "References:", "REFERENCES:", "Bibliography", "BIBLIOGRAPHY", "List of References", "LIST OF REFERENCES", "Reference List (Harvard)", "Bibliography/References", "Sources Consulted"),
                     straight_apostrophe=0.65, bullets=0.35),
    # blind134 (held out for its first tables, development data since stop 37): marketers in Romania and Moldova and their diaspora at banks and fintechs (Banca Transilvania, BCR, BRD, Revolut Romania, maib, Moldindconbank), telecoms (Orange, Vodafone, Digi, Moldcell), retailers and e-commerce (eMAG, Dedeman, Altex, Kaufland, Linella), food and drink makers (Dorna, Napolact, Ursus, Purcari, Cricova), Dacia, IT outsourcers, media houses and agencies in Bucharest, Cluj-Napoca, Iași, Timișoara, Brașov, Constanța, Chișinău and Bălți and in Madrid, Rome, Turin, London and Paris, Word's curly marks most of all, Romanian „ ” from Romanian Word and ASE and ASEM templates, straight ones typed on Romanian keyboards and pasted from WhatsApp and Facebook, single marks from British-trained tutors, « » now and then from Moldovan and French-trained candidates, headings in English and now and then in Romanian ("Bibliografie", "Referințe bibliografice") as ASE, UBB and ASEM guides give them, bulleted Mărțișor, Dragobete, Paște, 1 December, Black Friday and Christmas calendars
    "blind134": Pool(blind134_text, Blind134WorkFactory, (("“", "”"), ("“", "”"), ("“", "”"), ("„", "”"), ("„", "”"), ('"', '"'), ('"', '"'), ('"', '"'), ("‘", "’"), ("'", "'"), ("«", "»")),
                     ("References", "References", "References", "Reference List", "Reference list", "REFERENCES", "References:", "Bibliography", "List of References", "Reference List (Harvard)", "Bibliografie", "BIBLIOGRAFIE", "Bibliografie / References", "Referințe bibliografice (References)", "Surse bibliografice"),
                     straight_apostrophe=0.65, bullets=0.3),
    # blind132 (held out for its first tables, development data since stop 37): marketers in Nepal and Bhutan and their diaspora at banks, development banks and microfinance, telecoms and wallets (Nepal Telecom, Ncell, eSewa, Khalti, IME Pay, Bhutan Telecom, TashiCell), remittance firms, tea, pashmina, carpet and noodle makers (Wai Wai, Mayos), breweries, airlines (Buddha Air, Yeti, Drukair), trekking and hotel firms, hydropower companies, retailers, media houses and agencies in Kathmandu, Lalitpur, Pokhara, Biratnagar, Butwal, Chitwan, Thimphu, Paro and Phuentsholing and in Doha, Dubai, Kuala Lumpur, Sydney, London and New York, Word's curly double marks from college and bank templates most of all, straight ones pasted from Viber, Messenger and Google Docs, single marks from British-trained tutors and Indian textbooks, headings in English as Tribhuvan, Kathmandu and Pokhara University and Royal University of Bhutan guides give them ("References", "Bibliography", "REFERENCES") and now and then with Nepali ("सन्दर्भ सामग्री / References") or the APA habit ("References (Harvard)"), straight apostrophes from phone keyboards, bulleted Dashain, Tihar, Losar and Tshechu calendars, findings and recommendations
    "blind132": Pool(blind132_text, Blind132WorkFactory, (("“", "”"), ("“", "”"), ("“", "”"), ("“", "”"), ('"', '"'), ('"', '"'), ('"', '"'), ("‘", "’"), ("‘", "’"), ("'", "'")),
                     ("References", "References", "References", "Reference List", "Reference list", "REFERENCES", "References:", "Bibliography", "BIBLIOGRAPHY", "List of References", "Reference List (Harvard)", "References (Harvard)", "सन्दर्भ सामग्री / References", "Sources"),
                     straight_apostrophe=0.65, bullets=0.35),
    # blind135 (held out for its first tables, development data since stop 37): marketers in Indonesia and its diaspora at banks and fintechs (BCA, Bank Mandiri, BRI, GoPay, OVO, DANA, ShopeePay), telecoms (Telkomsel, Indosat Ooredoo Hutchison, XL Axiata), super-apps and marketplaces (Gojek, Grab, Tokopedia, Shopee, Bukalapak, Traveloka), consumer-goods makers (Indofood, Wings, Mayora, Unilever Indonesia, Kapal Api, Sido Muncul), minimarkets (Indomaret, Alfamart), airlines (Garuda, Lion Air, Citilink), media houses and agencies in Jakarta, Surabaya, Bandung, Medan, Yogyakarta, Semarang, Makassar, Denpasar and Balikpapan and in Singapore, Kuala Lumpur, The Hague, Amsterdam and Melbourne, Word's curly double marks from campus and bank templates most of all, straight ones pasted from WhatsApp, Google Docs and LINE, single marks from British- and Australian-trained tutors (Monash, Binus and Prasetiya Mulya programmes), headings in English and now and then in Indonesian ("Daftar Pustaka", "Daftar Referensi") as UI, UGM, ITB, Binus and Unair guides give them, straight apostrophes from phone keyboards, bulleted Ramadan, Lebaran, Imlek, Harbolnas 12.12 and 17 Agustus calendars, findings and recommendations
    "blind135": Pool(blind135_text, Blind135WorkFactory, (("“", "”"), ("“", "”"), ("“", "”"), ("“", "”"), ('"', '"'), ('"', '"'), ('"', '"'), ("‘", "’"), ("‘", "’"), ("'", "'")),
                     ("References", "References", "References", "Reference List", "Reference list", "REFERENCES", "References:", "Bibliography", "List of References", "Reference List (Harvard)", "Daftar Pustaka", "DAFTAR PUSTAKA", "Daftar Pustaka / References", "Daftar Referensi (References)"),
                     straight_apostrophe=0.7, bullets=0.35),
    # blind136 (held out for its first tables, development data since stop 37): marketers in Poland and its diaspora at banks and fintechs (PKO BP, mBank, Santander Bank Polska, Pekao, BLIK, Revolut), telecoms (Orange Polska, Play, Plus, T-Mobile), retailers and e-commerce (Allegro, InPost, LPP, CCC, Biedronka, Żabka, Lidl, Rossmann), food and drink makers (Maspex, Wedel, Żywiec, Tymbark, Mlekovita), games studios (CD Projekt, Techland), LOT, media houses and agencies in Warsaw, Kraków, Łódź, Wrocław, Poznań, Gdańsk, Katowice and Lublin and in London, Dublin, Chicago, Berlin and Oslo, Word's curly marks most of all, Polish „ ” from Polish Word and SGH and Kozminski templates, straight ones typed on Polish programmer keyboards and pasted from Messenger and Teams, single marks from British-trained tutors, » « now and then from Polish typesetting, headings in English and now and then in Polish ("Bibliografia", "Literatura", "Netografia") as Polish university guides give them, bulleted Tłusty Czwartek, Dzień Kobiet, Black Week, Mikołajki and Wigilia calendars
    "blind136": Pool(blind136_text, Blind136WorkFactory, (("“", "”"), ("“", "”"), ("“", "”"), ("„", "”"), ("„", "”"), ('"', '"'), ('"', '"'), ('"', '"'), ("‘", "’"), ("'", "'"), ("»", "«")),
                     ("References", "References", "References", "Reference List", "Reference list", "REFERENCES", "References:", "Bibliography", "List of References", "Reference List (Harvard)", "Bibliografia", "BIBLIOGRAFIA", "Bibliografia / References", "Literatura (References)", "Bibliografia i netografia"),
                     straight_apostrophe=0.6, bullets=0.3),
    # blind137 (held out for its first tables, development data since stop 37): marketers in Ukraine and its diaspora at banks and fintechs (PrivatBank, monobank, Oschadbank, PUMB, Raiffeisen Bank Ukraine), telecoms (Kyivstar, Vodafone Ukraine, lifecell), retailers and e-commerce (Rozetka, Prom.ua, Silpo, ATB, Epicentr, Comfy, Foxtrot), delivery firms (Nova Poshta, Ukrposhta, Glovo, Bolt Food), food and drink makers (Roshen, Obolon, MHP, Nemiroff), IT outsourcers (EPAM, SoftServe, GlobalLogic), media houses and agencies in Kyiv, Lviv, Kharkiv, Odesa, Dnipro, Zaporizhzhia, Vinnytsia and Ivano-Frankivsk and in Warsaw, Kraków, Berlin, Prague, Toronto and London, Word's curly marks most of all, Ukrainian « » from Ukrainian Word, KNEU and Shevchenko University templates, straight ones typed on Ukrainian keyboard layouts and pasted from Telegram and Viber, single marks from British-trained tutors, German „ “ now and then from Berlin-based candidates, headings in English and now and then in Ukrainian ("Список використаних джерел", "Spysok vykorystanykh dzherel / References") as KNEU, UCU and Lviv Polytechnic guides give them, bulleted Independence Day, Christmas, Easter and Black Friday calendars
    "blind137": Pool(blind137_text, Blind137WorkFactory, (("“", "”"), ("“", "”"), ("“", "”"), ("«", "»"), ("«", "»"), ("«", "»"), ('"', '"'), ('"', '"'), ('"', '"'), ("‘", "’"), ("'", "'"), ("„", "“")),
                     ("References", "References", "References", "Reference List", "Reference list", "REFERENCES", "References:", "Bibliography", "List of References", "Reference List (Harvard)", "Список використаних джерел", "СПИСОК ВИКОРИСТАНИХ ДЖЕРЕЛ", "Список використаних джерел / References", "Spysok vykorystanykh dzherel (References)", "Literature"),
                     straight_apostrophe=0.7, bullets=0.3),
    # blind138 (held out for its first tables, development data since stop 37): marketers in Kenya, Rwanda and their diaspora at banks and SACCOs, telecoms and mobile money (Safaricom, M-Pesa, Airtel Money, MTN Rwanda MoMo), fintech lenders (M-Shwari, Tala, Branch), tea, coffee, flower and dairy firms (Brookside, KTDA), supermarkets (Naivas, Quickmart, Carrefour, Simba), breweries (EABL, Bralirwa), airlines (Kenya Airways, RwandAir), media houses and agencies in Nairobi, Mombasa, Kisumu, Nakuru, Eldoret, Kigali, Musanze and Rubavu and in London, Minneapolis, Dallas, Brussels and Dubai, Word's curly marks most of all, straight ones typed on phones and pasted from WhatsApp, single marks from British-trained tutors at Strathmore and USIU-Africa, headings in English as Kenyan and Rwandan university guides give them ("List of References", "REFERENCES", "Bibliography") and now and then in Swahili or Kinyarwanda ("Marejeo", "Marejeleo / References", "Inyandiko zifashishijwe (References)"), bulleted Madaraka, Mashujaa, Jamhuri, Kwibohora, Umuganura, Ramadan and Black Friday calendars
    "blind138": Pool(blind138_text, Blind138WorkFactory, (("“", "”"), ("“", "”"), ("“", "”"), ("“", "”"), ('"', '"'), ('"', '"'), ('"', '"'), ("‘", "’"), ("‘", "’"), ("'", "'")),
                     ("References", "References", "References", "Reference List", "Reference list", "REFERENCES", "References:", "Bibliography", "BIBLIOGRAPHY", "List of References", "LIST OF REFERENCES", "Reference List (Harvard)", "Marejeo", "Marejeleo / References", "Inyandiko zifashishijwe (References)"),
                     straight_apostrophe=0.7, bullets=0.35),
    # blind139 (held out for its first tables, development data since stop 37): marketers in Czechia and Slovakia and their diaspora at banks and fintechs (Česká spořitelna, ČSOB, Komerční banka, Tatra banka, Air Bank, Revolut), telecoms (O2, T-Mobile, Vodafone, Orange Slovensko), retailers and e-commerce (Alza, Mall.cz, Rohlík, Notino, Kaufland, Albert, Tesco), food and drink makers (Kofola, Pilsner Urquell, Budvar, Madeta, Hamé, Figaro), carmakers (Škoda, Kia Slovakia), games studios, media houses and agencies in Prague, Brno, Ostrava, Plzeň, Olomouc, Bratislava, Košice and Žilina and in London, Vienna, Munich, Dublin and Toronto, Word's curly marks most of all, Czech and Slovak „ “ from Czech Word and VŠE, MUNI and EUBA templates, straight ones typed on Czech keyboards (where the quotation mark needs a shift) and pasted from Messenger and Teams, single marks from British-trained tutors, » « now and then from Czech typesetting, headings in English and now and then in Czech or Slovak ("Seznam použité literatury", "Použitá literatura", "Zoznam použitej literatúry") as Czech and Slovak university guides give them, bulleted Black Friday, Velikonoce, Christmas-market, 28 October and 17 November calendars
    "blind139": Pool(blind139_text, Blind139WorkFactory, (("“", "”"), ("“", "”"), ("“", "”"), ("„", "“"), ("„", "“"), ("„", "“"), ('"', '"'), ('"', '"'), ('"', '"'), ("‘", "’"), ("'", "'"), ("»", "«")),
                     ("References", "References", "References", "Reference List", "Reference list", "REFERENCES", "References:", "Bibliography", "List of References", "Reference List (Harvard)", "Seznam použité literatury", "SEZNAM POUŽITÉ LITERATURY", "Použitá literatura / References", "Zoznam použitej literatúry (References)", "Seznam zdrojů"),
                     straight_apostrophe=0.7, bullets=0.3),
    # blind140 (held out for its first tables, development data since stop 37): marketers in Azerbaijan and its diaspora at banks and fintechs (Kapital Bank, Birbank, PASHA Bank, ABB, Bank Respublika, m10), telecoms (Azercell, Bakcell, Nar), SOCAR and BP Azerbaijan, retailers and malls (Bravo, Araz, Bazarstore, Port Baku Mall), food and drink makers (Azersun, Sarab, Sirab, Chinar), AZAL, Shahdag and Gabala tourism, media houses and agencies in Baku, Ganja, Sumgait, Mingachevir, Lankaran, Sheki and Nakhchivan and in Istanbul, Ankara, Moscow, Tbilisi, London and Berlin, Word's curly double marks most of all, Russian « » from Russian-language Word and UNEC templates, straight ones typed on Azerbaijani and Turkish keyboard layouts and pasted from WhatsApp and Telegram, single marks from British-trained tutors at ADA and Khazar, headings in English and now and then in Azerbaijani ("İstifadə olunmuş ədəbiyyat", "Ədəbiyyat siyahısı") or Russian ("Список литературы") as UNEC and BSU guides give them, straight apostrophes from phone keyboards, bulleted Novruz, Ramadan, Gurban bayram, 28 May and Formula 1 calendars
    "blind140": Pool(blind140_text, Blind140WorkFactory, (("“", "”"), ("“", "”"), ("“", "”"), ("“", "”"), ('"', '"'), ('"', '"'), ('"', '"'), ("«", "»"), ("«", "»"), ("‘", "’"), ("'", "'")),
                     ("References", "References", "References", "Reference List", "Reference list", "REFERENCES", "References:", "Bibliography", "List of References", "Reference List (Harvard)", "İstifadə olunmuş ədəbiyyat", "Ədəbiyyat siyahısı / References", "ƏDƏBİYYAT", "Список литературы (References)", "Istifade olunmus edebiyyat (References)"),
                     straight_apostrophe=0.65, bullets=0.3),
    # blind141 (held out for its first tables, development data since stop 38): marketers in Mexico and its diaspora at banks and fintechs (BBVA México, Banorte, Nu México, Mercado Pago, Klar), telecoms (Telcel, AT&T México, Izzi, Totalplay), retailers and e-commerce (Walmart de México, OXXO, Liverpool, Coppel, Elektra, Mercado Libre), food and drink makers (Bimbo, Grupo Modelo, FEMSA, Jumex, Lala, Sabritas), airlines (Aeroméxico, Volaris, Viva Aerobus), Televisa, TV Azteca and agencies in Mexico City, Guadalajara, Monterrey, Puebla, Querétaro, Mérida, Tijuana and Cancún and in Los Angeles, Houston, Chicago and Madrid, Word's curly marks most of all (Spanish-language Word keeps them), straight ones typed on Latin American keyboard layouts and pasted from WhatsApp, single marks from British-trained tutors, « » now and then from Spanish style guides, headings in English and now and then in Spanish ("Referencias", "Bibliografía", "Referencias bibliográficas") as UNAM, ITAM, Tec and Ibero guides give them, straight apostrophes from phone keyboards, bulleted El Buen Fin, Hot Sale, Día de Muertos, 16 September and Navidad calendars
    "blind141": Pool(blind141_text, Blind141WorkFactory, (("“", "”"), ("“", "”"), ("“", "”"), ("“", "”"), ('"', '"'), ('"', '"'), ('"', '"'), ("‘", "’"), ("'", "'"), ("«", "»")),
                     ("References", "References", "References", "Reference List", "Reference list", "REFERENCES", "References:", "Bibliography", "List of References", "Reference List (Harvard)", "Referencias", "Bibliografía", "Referencias bibliográficas", "REFERENCIAS", "Bibliografía / References"),
                     straight_apostrophe=0.6, bullets=0.3),
    # blind142 (held out for its first tables, development data since stop 38): marketers in Bangladesh and its diaspora at banks and mobile financial services (BRAC Bank, Dutch-Bangla Bank, City Bank, bKash, Nagad, Rocket), telecoms (Grameenphone, Robi, Banglalink, Teletalk), garment exporters, FMCG and food makers (PRAN-RFL, Square, ACI, Akij), e-commerce and ride-hailing (Daraz, Chaldal, Pathao, Foodpanda), pharmaceuticals, media houses and agencies in Dhaka, Chattogram, Sylhet, Khulna, Rajshahi, Gazipur, Narayanganj and Cox's Bazar and in Tower Hamlets, Birmingham, New York, Toronto, Dubai and Kuala Lumpur, Word's curly double marks most of all, straight ones typed on phones and pasted from Messenger and WhatsApp, single marks from British-trained tutors at IBA, NSU and BRAC, headings in English and now and then with Bengali ("তথ্যসূত্র", "গ্রন্থপঞ্জি") as Bangla-medium guides give them, straight apostrophes from phone keyboards, bulleted Pohela Boishakh, Ramadan, Eid, Durga Puja, 21 February and Victory Day calendars
    "blind142": Pool(blind142_text, Blind142WorkFactory, (("“", "”"), ("“", "”"), ("“", "”"), ("“", "”"), ('"', '"'), ('"', '"'), ('"', '"'), ("‘", "’"), ("‘", "’"), ("'", "'")),
                     ("References", "References", "References", "Reference List", "Reference list", "REFERENCES", "References:", "Bibliography", "List of References", "Reference List (Harvard Style)", "References (Harvard)", "তথ্যসূত্র (References)", "Tothyosutro / References", "গ্রন্থপঞ্জি"),
                     straight_apostrophe=0.7, bullets=0.3),
    # blind143 (held out for its first tables, development data since stop 38): marketers in Ireland, Northern Ireland and the Irish diaspora at banks and credit unions (AIB, Bank of Ireland, PTSB, Revolut), telecoms (Eir, Vodafone Ireland, Three), retailers (Dunnes Stores, SuperValu, Tesco Ireland, Penneys/Primark), food and drink makers (Kerrygold, Glanbia, Tayto, Guinness, Jameson, Barry's Tea), Ryanair and Aer Lingus, tourism bodies, media houses (RTÉ, TG4, The Irish Times) and agencies in Dublin, Cork, Galway, Limerick, Waterford, Belfast, Derry and Letterkenny and in London, Boston, New York, Sydney and Toronto, Word's curly marks from college and company templates, single marks from British-trained tutors and Irish house style, straight ones pasted from WhatsApp, Teams and Google Docs, headings in English as TCD, UCD, DCU, TU Dublin and Ulster guides give them and now and then in Irish ("Saothair a ceadaíodh", "Foinsí / References", "Leabharliosta"), straight apostrophes in O'Sullivan typed beside curly ones, bulleted St Patrick's Day, Leaving Cert, Halloween and Christmas calendars
    "blind143": Pool(blind143_text, Blind143WorkFactory, (("‘", "’"), ("‘", "’"), ("‘", "’"), ("“", "”"), ("“", "”"), ("“", "”"), ('"', '"'), ('"', '"'), ("'", "'")),
                     ("References", "References", "References", "Reference List", "Reference list", "REFERENCES", "References:", "Bibliography", "List of References", "Reference List (Harvard)", "Harvard References", "Saothair a ceadaíodh", "Foinsí / References", "Leabharliosta (Bibliography)"),
                     straight_apostrophe=0.6, bullets=0.3),
    # blind144 (held out for its first tables, development data since stop 38): marketers in francophone West Africa and its diaspora at banks and microfinance (Ecobank, SGBCI, Coris Bank, Wave), telecoms and mobile money (Orange Money, MTN MoMo, Moov Africa, Free Sénégal), cocoa, cashew, cotton and shea exporters, brewers and bottlers (Solibra, Brakina), supermarkets, airlines (Air Côte d'Ivoire, Air Sénégal), media houses and agencies in Dakar, Thiès, Saint-Louis, Abidjan, Bouaké, Yamoussoukro, Bamako, Sikasso, Ouagadougou, Bobo-Dioulasso, Conakry, Lomé and Cotonou and in Paris, Lyon, Brussels, Montréal and New York, French guillemets from French-language Word (with the no-break space inside them and without it), Word's curly double marks, straight ones from AZERTY keyboards, phones and WhatsApp, single marks from British-trained tutors, headings in English and in French as francophone schools give them ("Références bibliographiques", "Bibliographie", "Webographie", "Bibliographie et webographie"), straight apostrophes from AZERTY keyboards, bulleted Tabaski, Korité, Magal, Fête de l'Indépendance and FESPACO calendars
    "blind144": Pool(blind144_text, Blind144WorkFactory, (("«\u00a0", "\u00a0»"), ("«\u00a0", "\u00a0»"), ("« ", " »"), ("«", "»"), ("“", "”"), ("“", "”"), ("“", "”"), ('"', '"'), ('"', '"'), ("‘", "’"), ("'", "'")),
                     ("References", "References", "References", "Reference List", "Reference list", "REFERENCES", "References:", "Bibliography", "List of References", "Références bibliographiques", "Références", "Bibliographie", "Bibliography and webography", "Bibliographie et webographie", "References / Références", "Webographie"),
                     straight_apostrophe=0.6, bullets=0.3),
    # blind145 (held out for its first tables, development data since stop 38): marketers in Myanmar and its diaspora at banks and mobile money (KBZ, AYA, CB Bank, Yoma, Wave Money, KBZPay), telecoms (MPT, Ooredoo/U9, ATOM, Mytel), breweries and drinks makers, tea-leaf and rice traders, supermarkets (City Mart, Ocean), jade and gems dealers, airlines, media houses, NGOs and agencies in Yangon, Mandalay, Naypyitaw, Taunggyi, Mawlamyine and Bago and in Bangkok, Mae Sot, Singapore, Kuala Lumpur, Fort Wayne and Sydney, Word's curly double marks from university and company templates most of all, straight ones typed on phones and pasted from Viber, Messenger and Google Docs, single marks from British-trained tutors and CIM study centres, headings in English as the Yangon and Mandalay universities' guides give them and now and then with Burmese ("ကိုးကားချက်များ", "Ko-kar-chet-myar / References"), straight apostrophes from phone keyboards, bulleted Thingyan, Thadingyut, Tazaungdaing and Christmas calendars
    "blind145": Pool(blind145_text, Blind145WorkFactory, (("“", "”"), ("“", "”"), ("“", "”"), ("“", "”"), ('"', '"'), ('"', '"'), ('"', '"'), ("‘", "’"), ("‘", "’"), ("'", "'")),
                     ("References", "References", "References", "Reference List", "Reference list", "REFERENCES", "References:", "Bibliography", "List of References", "Reference List (Harvard)", "References (Harvard Style)", "ကိုးကားချက်များ (References)", "Ko-kar-chet-myar / References", "ကိုးကားချက်များ"),
                     straight_apostrophe=0.65, bullets=0.3),
    # blind146 (held out for its first tables, development data since stop 38): marketers in Serbia, Croatia, Bosnia and Herzegovina, Montenegro, North Macedonia and Slovenia and their diaspora at banks (Banca Intesa, UniCredit, NLB, Raiffeisen), telecoms (mts/Telekom Srbija, Hrvatski Telekom, A1, Yettel), retailers (Konzum, Mercator, Maxi, Idea), food and drink makers (Podravka, Atlantic Grupa, Kraš, Jelen, Zlatorog), airlines, tourism boards, media houses and agencies in Belgrade, Novi Sad, Niš, Zagreb, Split, Rijeka, Sarajevo, Banja Luka, Mostar, Podgorica, Skopje and Ljubljana and in Vienna, Munich, Zurich, Chicago and Toronto, Word's curly double marks most of all, Serbian and Croatian „ “ from local Word templates and faculty guides, straight ones typed on Serbian and Croatian keyboard layouts and pasted from Viber, single marks from British-trained tutors, » « now and then from Croatian and Slovenian typesetting, headings in English and now and then in Serbian, Croatian, Slovenian or Macedonian ("Literatura", "Korišćena literatura", "Popis literature", "Viri in literatura", "Користена литература") as the faculties' guides give them, straight apostrophes from phone keyboards, bulleted Slava, Orthodox Christmas, Bajram, Exit and tourist-season calendars
    "blind146": Pool(blind146_text, Blind146WorkFactory, (("“", "”"), ("“", "”"), ("“", "”"), ("„", "“"), ("„", "“"), ("„", "”"), ('"', '"'), ('"', '"'), ('"', '"'), ("‘", "’"), ("'", "'"), ("»", "«")),
                     ("References", "References", "References", "Reference List", "Reference list", "REFERENCES", "References:", "Bibliography", "List of References", "Reference List (Harvard)", "Literatura", "Korišćena literatura (References)", "Popis literature", "LITERATURA / REFERENCES", "Viri in literatura", "Користена литература (References)"),
                     straight_apostrophe=0.65, bullets=0.3),
    # blind147 (held out for its first tables, development data since stop 38): marketers in Brazil and its diaspora at banks and fintechs (Itaú, Bradesco, Banco do Brasil, Caixa, Nubank, Inter, PicPay), telecoms (Vivo, Claro, TIM), retailers and marketplaces (Magazine Luiza, Casas Bahia, Americanas, Mercado Livre, Renner, Riachuelo), food, drink and beauty makers (Ambev, JBS, BRF, Natura, O Boticário, Havaianas), airlines (LATAM, GOL, Azul), media groups (Globo, Record, Folha, Estadão) and agencies in São Paulo, Rio de Janeiro, Belo Horizonte, Porto Alegre, Curitiba, Recife, Salvador, Fortaleza, Manaus and Brasília and in Lisbon, Porto, Miami, Boston, Tokyo and London, Word's curly double marks from Brazilian Portuguese templates most of all, straight ones typed on ABNT2 keyboards and pasted from WhatsApp, single marks from British-trained tutors, « » now and then from Portuguese (Lisbon) typesetting, headings in English and now and then in Portuguese as ABNT gives them ("Referências", "REFERÊNCIAS", "Referências bibliográficas", "Bibliografia"), straight apostrophes from phone keyboards, bulleted Carnaval, Festa Junina, Black Friday and Dia dos Namorados calendars
    "blind147": Pool(blind147_text, Blind147WorkFactory, (("“", "”"), ("“", "”"), ("“", "”"), ("“", "”"), ('"', '"'), ('"', '"'), ('"', '"'), ("‘", "’"), ("‘", "’"), ("'", "'"), ("«", "»")),
                     ("References", "References", "References", "Reference List", "Reference list", "REFERENCES", "References:", "Bibliography", "List of References", "Reference List (Harvard)", "Referências", "REFERÊNCIAS", "Referências bibliográficas", "References / Referências", "Bibliografia"),
                     straight_apostrophe=0.7, bullets=0.3),
    # blind148 (held out for its first tables, development data since stop 38): marketers in South Korea and its diaspora at the chaebol and their affiliates (Samsung, Hyundai, LG, SK, Lotte, CJ), banks and fintechs (KB Kookmin, Shinhan, Woori, Hana, Kakao Bank, Toss), telecoms (SK Telecom, KT, LG U+), platforms (Naver, Kakao, Coupang, Baemin), cosmetics and food makers (Amorepacific, Innisfree, Nongshim, Orion, Binggrae), K-pop agencies (HYBE, SM, JYP, YG), airlines and agencies in Seoul, Busan, Incheon, Daegu, Daejeon, Gwangju, Suwon and Jeju and in Los Angeles, New York, Toronto, Sydney, Almaty and Tashkent, Word's curly double marks most of all (Hangul Word and MS Word alike), straight ones typed on Korean keyboard layouts and pasted from KakaoTalk, single marks from British-trained tutors and CIM study centres, 「 」 now and then from Korean-Chinese writers, headings in English and now and then in Korean ("참고문헌", "참고문헌 (References)", "References / 참고 문헌") as the universities' guides give them, "Works Cited" from writers schooled in the US, straight apostrophes from phone keyboards, bulleted Seollal, Chuseok and Pepero Day calendars
    "blind148": Pool(blind148_text, Blind148WorkFactory, (("“", "”"), ("“", "”"), ("“", "”"), ("“", "”"), ('"', '"'), ('"', '"'), ('"', '"'), ("‘", "’"), ("‘", "’"), ("'", "'"), ("「", "」")),
                     ("References", "References", "References", "Reference List", "Reference list", "REFERENCES", "References:", "Bibliography", "List of References", "Reference List (Harvard)", "참고문헌", "참고문헌 (References)", "References / 참고 문헌", "Works Cited", "REFERENCE LIST"),
                     straight_apostrophe=0.6, bullets=0.3),
    # blind149 (held out for its first tables, development data since stop 38): marketers in Türkiye and its diaspora at banks and fintechs (İş Bankası, Garanti BBVA, Akbank, Ziraat, Papara), telecoms (Turkcell, Türk Telekom, Vodafone Türkiye), marketplaces and retailers (Trendyol, Hepsiburada, BİM, Migros, A101, LC Waikiki, Koton), food and drink makers (Ülker, Eti, Efes, Pınar, Torku), airlines (Turkish Airlines, Pegasus, AJet), holdings (Koç, Sabancı) and agencies in Istanbul, Ankara, İzmir, Bursa, Antalya, Gaziantep, Konya and Trabzon and in Berlin, Amsterdam, Vienna, London, Baku and New Jersey, Word's curly double marks most of all, straight ones from Turkish Q keyboards, phones and WhatsApp, single curly ones from British-trained tutors, now and then « » from French-educated Galatasaray graduates, headings in English and now and then in Turkish or German ("Kaynakça", "Kaynaklar", "KAYNAKÇA / REFERENCES", "Literaturverzeichnis") as the faculties' guides give them, straight apostrophes everywhere (Turkish writes one before every suffix: "Trendyol'un"), bulleted Ramazan, Kurban Bayramı, 29 October and Efsane Cuma calendars
    "blind149": Pool(blind149_text, Blind149WorkFactory, (("“", "”"), ("“", "”"), ("“", "”"), ("“", "”"), ('"', '"'), ('"', '"'), ('"', '"'), ("‘", "’"), ("‘", "’"), ("'", "'"), ("«", "»")),
                     ("References", "References", "References", "Reference List", "Reference list", "REFERENCES", "References:", "Bibliography", "List of References", "Reference List (Harvard)", "Kaynakça", "Kaynakça (References)", "Kaynaklar", "KAYNAKÇA / REFERENCES", "Literaturverzeichnis"),
                     straight_apostrophe=0.7, bullets=0.3),
    # blind150 (held out for its first tables, development data since stop 39): marketers in Pakistan and its diaspora at banks and fintechs (HBL, UBL, MCB, Meezan, Easypaisa, JazzCash, SadaPay), telecoms (Jazz, Zong, Telenor, Ufone), FMCG and food makers (Nestlé Pakistan, Engro, National Foods, Shan, K&N's, Tapal, Olper's), textile and apparel exporters (Gul Ahmed, Khaadi, Sapphire, Nishat), retailers and marketplaces (Daraz, Imtiaz, Naheed), airlines (PIA, Airblue, SereneAir), media houses (Dawn, Geo, ARY, The Express Tribune) and agencies in Karachi, Lahore, Islamabad, Rawalpindi, Faisalabad, Multan, Peshawar, Quetta and Sialkot and in Dubai, Manchester, Bradford, Birmingham, Toronto and Houston, Word's curly double marks most of all, straight ones typed on phones, pasted from WhatsApp and from InPage-era templates, single curly ones from British-trained tutors and the ACCA/CIM study centres, headings in English as the universities' HEC-style guides give them ("References", "REFERENCES", "Bibliography", "List of References", "Works Cited" from US-schooled writers, "References and Bibliography"), straight apostrophes from phone keyboards, bulleted Ramazan, Eid, 14 August, PSL and White Friday calendars
    "blind150": Pool(blind150_text, Blind150WorkFactory, (("“", "”"), ("“", "”"), ("“", "”"), ("“", "”"), ('"', '"'), ('"', '"'), ('"', '"'), ('"', '"'), ("‘", "’"), ("‘", "’"), ("'", "'")),
                     ("References", "References", "References", "Reference List", "Reference list", "REFERENCES", "References:", "Bibliography", "List of References", "Reference List (Harvard)", "REFERENCES AND BIBLIOGRAPHY", "References and Bibliography", "Works Cited", "Bibliography / References", "LIST OF REFERENCES"),
                     straight_apostrophe=0.65, bullets=0.35),
    # blind151 (held out for its first tables, development data since stop 39): marketers in Sri Lanka, the Maldives and their diaspora at banks (Commercial Bank, Sampath, HNB, BOC, People's Bank, Bank of Maldives), telecoms (Dialog, SLT-Mobitel, Airtel, Ooredoo Maldives, Dhiraagu), conglomerates (John Keells, Hayleys, Cargills, Hemas, Aitken Spence, Dilmah, MAS), tea exporters, resorts, apparel makers, airlines, media houses and agencies in Colombo, Kandy, Galle, Jaffna, Negombo, Kurunegala, Batticaloa, Malé and Addu City and in Melbourne, Toronto, London, Doha, Dubai and Chennai, Word's curly double marks most of all, straight ones pasted from e-mail, WhatsApp and Google Docs, single curly ones from British-trained lecturers and CIM tutors, headings in English as the universities' and the CIM's guides give them ("References", "Reference List", "List of References", "Bibliography", "REFERENCES", "References (Harvard System)"), straight apostrophes often (phones, Google Docs), bulleted Avurudu, Vesak and Ramadan calendars
    "blind151": Pool(blind151_text, Blind151WorkFactory, (("“", "”"), ("“", "”"), ("“", "”"), ("“", "”"), ('"', '"'), ('"', '"'), ('"', '"'), ("‘", "’"), ("‘", "’"), ("'", "'")),
                     ("References", "References", "References", "Reference List", "Reference list", "REFERENCES", "References:", "Bibliography", "List of References", "Reference List (Harvard)", "LIST OF REFERENCES", "References (Harvard System)", "Bibliography / References", "References and Bibliography"),
                     straight_apostrophe=0.6, bullets=0.3),
    # blind152 (held out for its first tables, development data since stop 39): marketers in Argentina, Chile and their diaspora at banks and fintechs (Banco Galicia, Santander, BBVA Argentina, Mercado Pago, Ualá, Banco de Chile, BancoEstado), telecoms (Personal, Claro, Movistar, Entel, WOM), retailers (Falabella, Cencosud, Ripley, Coto, La Anónima), food, wine and drink makers (Arcor, Quilmes, Havanna, Concha y Toro, CCU, Santa Rita), airlines (Aerolíneas Argentinas, LATAM, JetSMART, Sky) and agencies in Buenos Aires, Córdoba, Rosario, Mendoza, Santiago, Valparaíso and Concepción and in Madrid, Barcelona, Miami and Sydney, Word's curly double marks most of all, straight ones from Spanish-layout keyboards, phones and WhatsApp, single curly ones from British-trained tutors, now and then « » as Spanish style guides teach, headings in English and now and then in Spanish ("Bibliografía", "Referencias", "Referencias bibliográficas", "REFERENCIAS / REFERENCES") as the universities' guides give them, straight apostrophes from phone keyboards (Spanish has no possessive apostrophe, so the English one is typed as it comes), bulleted Hot Sale, CyberDay, CyberMonday and Fiestas Patrias calendars
    "blind152": Pool(blind152_text, Blind152WorkFactory, (("“", "”"), ("“", "”"), ("“", "”"), ("“", "”"), ('"', '"'), ('"', '"'), ('"', '"'), ("‘", "’"), ("‘", "’"), ("'", "'"), ("«", "»")),
                     ("References", "References", "References", "Reference List", "Reference list", "REFERENCES", "References:", "Bibliography", "List of References", "Reference List (Harvard)", "Bibliografía", "Referencias", "Referencias bibliográficas", "REFERENCIAS / REFERENCES", "Bibliography and sources"),
                     straight_apostrophe=0.6, bullets=0.3),
    # blind153 (held out for its first tables, development data since stop 39): marketers in Nigeria, Ghana and their diaspora at banks and fintechs (GTCO, Access, Zenith, First Bank, Ecobank Ghana, GCB, Flutterwave, Paystack, Opay, Moniepoint), telcos and mobile money (MTN, Airtel, Glo, Telecel, MTN MoMo), FMCG and drink makers (Dangote, Nestlé Nigeria, Nigerian Breweries, Guinness Ghana, Cadbury, Indomie), retailers (Jumia, Shoprite, Melcom), airlines and media houses in Lagos, Abuja, Port Harcourt, Ibadan, Kano, Enugu, Accra, Kumasi and Tamale and in London, Houston, Toronto, Johannesburg and Dubai, Word's curly double marks most of all, straight ones from phones and WhatsApp-drafted paragraphs, single curly ones from British-trained lecturers, headings as Nigerian and Ghanaian universities' guides give them ("REFERENCES", "References", "Reference List", "Bibliography", "LIST OF REFERENCES", "References and Bibliography"), straight apostrophes from phone keyboards, bulleted Detty December, Sallah and Independence Day calendars
    "blind153": Pool(blind153_text, Blind153WorkFactory, (("“", "”"), ("“", "”"), ("“", "”"), ("“", "”"), ('"', '"'), ('"', '"'), ('"', '"'), ('"', '"'), ("‘", "’"), ("‘", "’"), ("'", "'")),
                     ("References", "References", "References", "REFERENCES", "REFERENCES", "Reference List", "Reference list", "References:", "Bibliography", "List of References", "LIST OF REFERENCES", "References and Bibliography", "REFERENCES AND BIBLIOGRAPHY", "Reference List (Harvard)", "Works Cited"),
                     straight_apostrophe=0.65, bullets=0.3),
    # blind154 (held out for its first tables, development data since stop 39): marketers in Saudi Arabia and its diaspora and expatriate workforce at banks and fintechs (Al Rajhi, SNB, Riyad Bank, SAB, STC Bank, Tamara, Tabby), telecoms (stc, Mobily, Zain KSA), retailers (Panda, Othaim, Jarir, Extra, noon, Nahdi), food makers (Almarai, SADAFCO, Al Baik, Herfy), airlines (Saudia, flynas, flyadeal, Riyadh Air), giga-projects, media and agencies in Riyadh, Jeddah, Dammam, Khobar and NEOM and in Dubai, Cairo, Manila, London and Boston, Word's curly double marks most of all, straight ones from phones and Arabic-layout keyboards, single curly ones from British-trained tutors, headings in English as the universities' and CIM's guides give them ("References", "Reference List (Harvard Style)", now and then "Sources"), straight apostrophes from phone keyboards (Arabic has no apostrophe, so the English one is typed as it comes), bulleted Ramadan, Eid, National Day, Founding Day, Riyadh Season and White Friday calendars
    "blind154": Pool(blind154_text, Blind154WorkFactory, (("“", "”"), ("“", "”"), ("“", "”"), ("“", "”"), ('"', '"'), ('"', '"'), ('"', '"'), ("‘", "’"), ("‘", "’"), ("'", "'")),
                     ("References", "References", "References", "Reference List", "Reference list", "REFERENCES", "References:", "Bibliography", "List of References", "Reference List (Harvard)", "Reference List (Harvard Style)", "Sources"),
                     straight_apostrophe=0.6, bullets=0.3),
    # blind155 (held out for its first tables, development data since stop 39): marketers in Spain and its diaspora at banks and fintechs (Santander, BBVA, CaixaBank, Sabadell, Bankinter, Bizum), telecoms (Movistar, Orange, Vodafone, MásMóvil, Digi), retailers and fashion (Inditex, Zara, Mango, El Corte Inglés, Mercadona, Desigual), food and drink makers (Mahou San Miguel, Estrella Damm, Campofrío, Cola Cao, Freixenet), airlines (Iberia, Vueling, Air Europa), media and agencies in Madrid, Barcelona, Valencia, Sevilla, Bilbao and A Coruña and in London, Paris and Miami, Word's curly double marks most of all, straight ones from Spanish-layout keyboards and phones, single curly ones from British-trained tutors, now and then « » as the RAE teaches, headings in English and now and then in Spanish or Catalan ("Bibliografía", "Referencias bibliográficas", "Bibliografia") as the universities' guides give them, straight apostrophes from phone keyboards, bulleted Rebajas, Black Friday, Semana Santa and Sant Jordi calendars
    "blind155": Pool(blind155_text, Blind155WorkFactory, (("“", "”"), ("“", "”"), ("“", "”"), ("“", "”"), ('"', '"'), ('"', '"'), ('"', '"'), ("‘", "’"), ("‘", "’"), ("«", "»")),
                     ("References", "References", "References", "Reference List", "Reference list", "REFERENCES", "References:", "Bibliography", "List of References", "Reference List (Harvard)", "Bibliografía", "Referencias bibliográficas", "Bibliografia", "References / Bibliografía"),
                     straight_apostrophe=0.55, bullets=0.3),
    # blind156 (held out for its first tables, development data since stop 39): marketers in the Philippines and its diaspora and overseas Filipino workers at banks and fintechs (BDO, BPI, Metrobank, Landbank, UnionBank, Security Bank, GCash, Maya, GoTyme), telecoms (PLDT, Smart, Globe, DITO), conglomerates and retailers (SM, Ayala, JG Summit, San Miguel, Robinsons, Puregold, 7-Eleven), food and drink makers (Jollibee, Universal Robina, Monde Nissin, Ginebra San Miguel, Del Monte), airlines (Philippine Airlines, Cebu Pacific, AirAsia), media (ABS-CBN, GMA, TV5, Inquirer, Rappler, Philstar) and BPO firms in Manila, Makati, BGC, Quezon City, Cebu, Davao and Iloilo and in Dubai, Riyadh, Singapore, Hong Kong, Los Angeles, Toronto and London, American-schooled: Word's curly double marks most of all, straight double ones from phones and Google Docs, single curly and straight ones now and then from tutors trained in Britain, headings in English as the universities' and CIM's guides give them, now and then "Literature Cited" as Philippine theses have it, "Works Cited" from MLA habits or "Sanggunian" and "Talasanggunian" in Filipino, straight apostrophes from phone keyboards, bulleted -ber months, Simbang Gabi, Holy Week, 11.11 and 12.12, Sinulog and Kadayawan calendars
    "blind156": Pool(blind156_text, Blind156WorkFactory, (("“", "”"), ("“", "”"), ("“", "”"), ("“", "”"), ('"', '"'), ('"', '"'), ('"', '"'), ('"', '"'), ("‘", "’"), ("'", "'")),
                     ("References", "References", "References", "REFERENCES", "Reference List", "Reference list", "References:", "Bibliography", "List of References", "Reference List (Harvard)", "Literature Cited", "Works Cited", "Sanggunian", "Talasanggunian"),
                     straight_apostrophe=0.6, bullets=0.3),
    # blind157 (held out for its first tables, development data since stop 39): marketers in Italy and its diaspora at banks and fintechs (Intesa Sanpaolo, UniCredit, Banco BPM, Mediobanca, Fineco, Satispay, Nexi), telecoms (TIM, Vodafone Italia, WindTre, Iliad, Fastweb), fashion and luxury houses (Gucci, Prada, Armani, Ferragamo, Moncler, Luxottica, Benetton), food and drink makers (Barilla, Ferrero, Lavazza, illy, Campari, Peroni, Mutti), retailers and cooperatives (Esselunga, Coop, Conad, Eataly), carmakers, rail, airlines, media and agencies in Milano, Roma, Torino, Napoli, Bologna, Firenze and Bari and in London, New York, Buenos Aires, Munich and Zurich, Word's curly double marks most of all, straight ones from Italian-layout keyboards and phones, single curly ones from British-trained tutors, now and then the « » caporali of Italian typography, headings in English and now and then in Italian ("Bibliografia", "Riferimenti bibliografici", "Bibliografia e sitografia") as Italian universities teach them, straight apostrophes from phone keyboards, bulleted saldi, Black Friday, Ferragosto and Natale calendars
    "blind157": Pool(blind157_text, Blind157WorkFactory, (("“", "”"), ("“", "”"), ("“", "”"), ("“", "”"), ('"', '"'), ('"', '"'), ('"', '"'), ("‘", "’"), ("‘", "’"), ("«", "»"), ("«", "»")),
                     ("References", "References", "References", "Reference List", "Reference list", "REFERENCES", "References:", "Bibliography", "List of References", "Reference List (Harvard)", "Bibliografia", "Riferimenti bibliografici", "Bibliografia e sitografia", "References and webography", "Bibliography / Bibliografia"),
                     straight_apostrophe=0.55, bullets=0.3),
    # blind158 (held out for its first tables, development data since stop 39): marketers in Hungary and its diaspora at banks and fintechs (OTP, K&H, MBH, Erste, CIB, Raiffeisen, Revolut), telecoms (Magyar Telekom, Yettel, One), retailers and e-commerce (eMAG, Alza, Tesco, SPAR, CBA, Rossmann), food and drink makers (Pick, Túró Rudi, Dreher, Borsodi, Törley, Zwack Unicum, Szamos), Richter Gedeon, Egis, MOL, Wizz Air, media and agencies in Budapest, Debrecen, Szeged, Pécs, Győr and Miskolc and in Vienna, London, Berlin, Cluj-Napoca and Toronto, Word's curly double marks most of all, straight ones from phones and Hungarian-layout keyboards, single curly ones from British-trained tutors, now and then the Hungarian „ ” that Word puts in when the proofing language is Hungarian, headings in English and now and then in Hungarian ("Irodalomjegyzék", "Felhasznált irodalom", "Hivatkozások") as the universities' guides give them, straight apostrophes from Hungarian keyboards (Hungarian needs no apostrophe), bulleted Black Friday, Christmas market, 15 March, 20 August and Sziget calendars
    "blind158": Pool(blind158_text, Blind158WorkFactory, (("“", "”"), ("“", "”"), ("“", "”"), ("“", "”"), ('"', '"'), ('"', '"'), ('"', '"'), ("‘", "’"), ("‘", "’"), ("„", "”")),
                     ("References", "References", "References", "Reference List", "Reference list", "REFERENCES", "References:", "Bibliography", "List of References", "Reference List (Harvard)", "Irodalomjegyzék", "Felhasznált irodalom", "Hivatkozások", "References / Irodalomjegyzék"),
                     straight_apostrophe=0.6, bullets=0.3),
    # blind159 (held out for its first tables, development data since stop 39): marketers in Thailand and its diaspora at banks and fintechs (Kasikornbank, SCB, Bangkok Bank, Krungthai, Krungsri, TrueMoney, Rabbit LINE Pay), telecoms (AIS, True, NT), conglomerates and retailers (CP Group, Central, The Mall, 7-Eleven/CP ALL, Big C, Lotus's, Makro), food and drink makers (ThaiBev, Singha, Osotspa, Carabao, Ichitan, CPF, Mama), airlines, the TAT, media and agencies in Bangkok, Chiang Mai, Phuket, Pattaya, Khon Kaen, Hat Yai, Korat and Udon Thani and in Los Angeles, London, Sydney, Singapore and Tokyo, Word's curly double marks most of all, straight ones from phones and Thai-layout keyboards (Kedmanee, switched with the grave key), single curly ones from British-trained tutors, headings in English as Thai universities' English programmes teach them, now and then with the Thai heading beside it ("บรรณานุกรม", "เอกสารอ้างอิง"), straight apostrophes from Thai keyboards and phones, bulleted Songkran, Loy Krathong, 11.11 and 12.12 calendars
    "blind159": Pool(blind159_text, Blind159WorkFactory, (("“", "”"), ("“", "”"), ("“", "”"), ("“", "”"), ('"', '"'), ('"', '"'), ('"', '"'), ('"', '"'), ("‘", "’"), ("‘", "’")),
                     ("References", "References", "References", "References", "Reference List", "Reference list", "REFERENCES", "References:", "Bibliography", "List of References", "Reference List (Harvard)", "Bibliography (บรรณานุกรม)", "References / เอกสารอ้างอิง", "REFERENCE"),
                     straight_apostrophe=0.65, bullets=0.3),
    # blind160 (held out for its first tables, development data since stop 39): marketers in Colombia, Peru and their diaspora at banks and fintechs (Bancolombia, Davivienda, Banco de Bogotá, Nequi, Daviplata, BCP, Interbank, BBVA Perú, Yape, Plin), telecoms (Claro, Movistar, Tigo, Entel, Bitel), retailers and e-commerce (Grupo Éxito, Falabella, Ripley, Rappi, Supermercados Peruanos, Tiendas D1, Tottus), food and drink makers (Grupo Nutresa, Postobón, Bavaria, Juan Valdez, Alicorp, Backus, Gloria, Inca Kola), airlines (Avianca, LATAM, Sky), media and agencies in Bogotá, Medellín, Cali, Barranquilla, Lima, Arequipa and Trujillo and in Miami, Madrid, New York, Santiago and London, Word's curly double marks most of all, straight ones from phones and Latin American keyboards, single curly ones from British-trained tutors, now and then the « » that Word puts in when the proofing language is Spanish (Spain), headings in English and now and then in Spanish ("Referencias", "Referencias bibliográficas", "Bibliografía") as the universities' guides give them, straight apostrophes from Spanish-layout keyboards, bulleted Día sin IVA, Amor y Amistad, Fiestas Patrias and Black Friday calendars
    "blind160": Pool(blind160_text, Blind160WorkFactory, (("“", "”"), ("“", "”"), ("“", "”"), ("“", "”"), ('"', '"'), ('"', '"'), ('"', '"'), ('"', '"'), ("‘", "’"), ("‘", "’"), ("«", "»")),
                     ("References", "References", "References", "Reference List", "Reference list", "REFERENCES", "References:", "Bibliography", "List of References", "Reference List (Harvard)", "Referencias", "Referencias bibliográficas", "Bibliografía", "References / Referencias", "REFERENCIAS"),
                     straight_apostrophe=0.65, bullets=0.3),
    # blind161 (held out for its first tables, development data since stop 39): marketers in Tanzania, Uganda and their diaspora at banks and microfinance (CRDB, NMB, NBC, Stanbic, Centenary, dfcu, Equity), telecoms and mobile money (Vodacom M-Pesa, Airtel Money, Mixx by Yas, Halotel, MTN MoMo, Lyca), FMCG and drink makers (Azam/Bakhresa, TBL, Serengeti, Nile Breweries, Mukwano, Uganda Breweries), retailers, airlines, tourism boards, media and agencies in Dar es Salaam, Dodoma, Arusha, Mwanza, Zanzibar, Mbeya, Kampala, Entebbe, Jinja, Gulu and Mbarara and in London, Nairobi, Dubai, Johannesburg and Boston, Word's curly double marks most of all, straight ones from phones and from Google Docs, single curly ones from British-trained lecturers, headings in English as the universities' guides give them ("References", "List of References", "Bibliography", "Reference List (Harvard)", "Sources", "Marejeo" now and then in Tanzania), straight apostrophes from phones and WPS Office, bulleted lists of Saba Saba, Nane Nane, Eid, Martyrs' Day and Christmas calendars
    "blind161": Pool(blind161_text, Blind161WorkFactory, (("“", "”"), ("“", "”"), ("“", "”"), ("“", "”"), ('"', '"'), ('"', '"'), ('"', '"'), ('"', '"'), ("‘", "’"), ("‘", "’")),
                     ("References", "References", "References", "REFERENCES", "Reference List", "Reference list", "References:", "LIST OF REFERENCES", "List of References", "Bibliography", "Reference List (Harvard)", "Sources", "Marejeo", "References / Marejeo"),
                     straight_apostrophe=0.6, bullets=0.35),
    # blind162 (held out for its first tables, development data since stop 39): marketers in western India (Maharashtra and Gujarat) and its diaspora at banks and fintechs (HDFC Bank, ICICI, Kotak Mahindra, Bank of Baroda, Saraswat Bank, PhonePe, Paytm, Zerodha, CRED), telecoms (Jio, Airtel, Vi), conglomerates and retailers (Reliance Retail, Tata, Godrej, Mahindra, Adani, DMart, Nykaa, Shoppers Stop), food and drink makers (Amul/GCMMF, Parle, Haldiram's, Balaji Wafers, Vadilal, Havmor, Britannia), airlines (IndiGo, Air India, Akasa Air), media and agencies in Mumbai, Pune, Nagpur, Nashik, Thane, Ahmedabad, Surat, Vadodara, Rajkot and Gandhinagar and in London, Leicester, New Jersey, Nairobi, Dubai and Toronto, Word's curly double marks most of all, straight ones from phones and WhatsApp-drafted text, single curly ones from British-trained faculty, headings as the institutes' guides give them ("References", "Bibliography", "Reference List", "Webliography" in Indian MBA reports, "References (Harvard style)"), straight apostrophes from phones, bulleted lists of festival calendars, schemes and campaign plans
    "blind162": Pool(blind162_text, Blind162WorkFactory, (("“", "”"), ("“", "”"), ("“", "”"), ("“", "”"), ('"', '"'), ('"', '"'), ('"', '"'), ('"', '"'), ("‘", "’"), ("‘", "’"), ("'", "'")),
                     ("References", "References", "References", "REFERENCES", "Reference List", "Reference list", "References:", "Bibliography", "BIBLIOGRAPHY", "Bibliography & Webliography", "Webliography", "References (Harvard style)", "List of References", "Sources Referred"),
                     straight_apostrophe=0.6, bullets=0.35),
    # blind163 (held out for its first tables, development data since stop 39): marketers in Estonia, Latvia, Lithuania and their diaspora at banks and fintechs (Swedbank, SEB, Luminor, LHV, Citadele, Šiaulių bankas, Revolut, Bolt, Wise), telecoms (Telia, Elisa, Tele2, Bite, LMT), retailers and e-commerce (Rimi, Maxima, Prisma, Selver, Pigu.lt, Varle.lt), food and drink makers (Kalev, Laima, Rūta, Aldaris, Švyturys, Saku, Amber Beverage), airBaltic, media and agencies in Tallinn, Tartu, Pärnu, Narva, Riga, Daugavpils, Liepāja, Jūrmala, Vilnius, Kaunas and Klaipėda and in Helsinki, Stockholm, Dublin, London, Oslo and Chicago, Word's curly double marks most of all, straight ones from phones and from Estonian, Latvian and Lithuanian keyboard layouts, single curly ones from British-trained tutors, now and then the low-high „ ” that Word puts in when the proofing language is Estonian or Lithuanian, and « » from Latvian habits, headings in English and now and then in the local language ("Kasutatud kirjandus", "Izmantotā literatūra", "Literatūros sąrašas") as the universities' guides give them, straight apostrophes from Baltic keyboards (the languages need no apostrophe), bulleted Jāņi, Jaanipäev, Joninės, Black Friday and Independence Day calendars
    "blind163": Pool(blind163_text, Blind163WorkFactory, (("“", "”"), ("“", "”"), ("“", "”"), ("“", "”"), ('"', '"'), ('"', '"'), ('"', '"'), ("‘", "’"), ("‘", "’"), ("„", "“"), ("„", "”"), ("«", "»")),
                     ("References", "References", "References", "Reference List", "Reference list", "REFERENCES", "References:", "Bibliography", "List of References", "Reference List (Harvard)", "Kasutatud kirjandus", "Izmantotā literatūra", "Literatūros sąrašas", "References / Kasutatud allikad", "Sources"),
                     straight_apostrophe=0.65, bullets=0.3),
    # blind164 (held out for its first tables, development data since stop 39): marketers in the English-speaking Caribbean (Trinidad and Tobago, Barbados, Jamaica, Guyana, the Bahamas, St Lucia) and its diaspora at banks and credit unions (Republic Bank, First Citizens, CIBC Caribbean, Scotiabank, NCB, JMMB, Sagicor), telecoms (Digicel, Flow, bmobile, GTT), conglomerates and retailers (Massy, ANSA McAL, Goddard, GraceKennedy, PriceSmart, Courts), rum, beer and bakery brands (Angostura, Carib, Banks, Red Stripe, Wray & Nephew, Mount Gay, Appleton, Bermudez, Kiss), airlines, tourism boards, media and agencies in Port of Spain, San Fernando, Chaguanas, Bridgetown, Kingston, Montego Bay, Georgetown, Nassau and Castries and in Toronto, New York, Miami, London and Birmingham, Word's curly double marks most of all, straight ones from phones and Google Docs, single curly ones from UWI- and UK-trained lecturers, headings in English as the UWI, Lok Jack and UTech guides give them ("References", "Reference List", "Bibliography", "List of References", "Works Cited" from North American habits, "References (Harvard)"), straight apostrophes from phones, bulleted Carnival, Crop Over, Divali, Eid, Emancipation and Boxing Day calendars
    "blind164": Pool(blind164_text, Blind164WorkFactory, (("“", "”"), ("“", "”"), ("“", "”"), ("“", "”"), ('"', '"'), ('"', '"'), ('"', '"'), ("‘", "’"), ("‘", "’"), ("‘", "’")),
                     ("References", "References", "References", "REFERENCES", "Reference List", "Reference list", "References:", "List of References", "Bibliography", "References (Harvard)", "Works Cited", "REFERENCE LIST", "Bibliography and References"),
                     straight_apostrophe=0.6, bullets=0.3),
    # blind165 (held out for its first tables, development data since stop 40): marketers in Aotearoa New Zealand (Tāmaki Makaurau, Te Whanganui-a-Tara, Ōtautahi, Hamilton, Tauranga, Dunedin, Rotorua, Gisborne) and its diaspora (Sydney, Melbourne, Brisbane, London, Apia, Nukuʻalofa) at banks and KiwiSaver providers, telcos, co-operatives and exporters, retailers, Air New Zealand and tourism, iwi and Māori businesses, media and agencies, Word's curly marks most of all (double from Word's NZ English default, single from lecturers trained in the UK), straight ones from phones and Google Docs, headings as the NZ university guides give them ("References", "Reference list", "Reference List", "Bibliography") and the bilingual ones Māori and Pasifika students write ("Ngā tohutoro", "Ngā tohutoro / References", "Rārangi pukapuka (References)"), straight apostrophes from phones, bulleted Matariki, Waitangi Day and Pasifika festival calendars
    "blind165": Pool(blind165_text, Blind165WorkFactory, (("“", "”"), ("“", "”"), ("“", "”"), ('"', '"'), ('"', '"'), ('"', '"'), ("‘", "’"), ("‘", "’"), ("'", "'")),
                     ("References", "References", "References", "Reference list", "Reference List", "REFERENCES", "References:", "Bibliography", "Ngā tohutoro", "Ngā tohutoro / References", "Rārangi pukapuka (References)", "Reference List (Harvard)", "Sources"),
                     straight_apostrophe=0.55, bullets=0.3),
    # blind166 (held out for its first tables, development data since stop 40): marketers in Algeria and Tunisia (Alger, Oran, Constantine, Annaba, Sétif, Tizi Ouzou; Tunis, Sfax, Sousse, Bizerte, Nabeul) and their diaspora (Paris, Marseille, Lyon, Montréal, Brussels, Doha) at banks and fintechs (BNA, CPA, BEA, AGB, Banque Zitouna, BIAT, Attijari, Amen Bank, D17, Flouci), telecoms (Djezzy, Mobilis, Ooredoo, Orange Tunisie, Tunisie Telecom), food and drink makers and retailers (Cevital, Ifri, Hamoud Boualem, Soummam, Poulina, Délice Danone, SFBT, Monoprix, Carrefour Tunisie, Uno), airlines, media and agencies; Word's curly double marks most of all, straight ones from phones and French keyboards, single curly ones, French guillemets with their spaces (« ») from French-trained writers; headings in English and in French as francophone schools give them ("References", "Reference List", "Bibliography", "Bibliographie", "Références bibliographiques", "Webographie", "References / Bibliographie"); straight apostrophes from AZERTY keyboards; bulleted Ramadan, Eid, Yennayer and soldes calendars
    "blind166": Pool(blind166_text, Blind166WorkFactory, (("“", "”"), ("“", "”"), ("“", "”"), ('"', '"'), ('"', '"'), ('"', '"'), ("‘", "’"), ("‘", "’"), ("« ", " »"), ("«", "»")),
                     ("References", "References", "References", "REFERENCES", "Reference List", "Reference list", "References:", "Bibliography", "Bibliographie", "Références bibliographiques", "Bibliography and Webography", "Webographie", "References / Bibliographie", "List of References"),
                     straight_apostrophe=0.7, bullets=0.3),
    # blind167 (held out for its first tables, development data since stop 40): marketers in Texas and the US Gulf South (Houston, Dallas, Fort Worth, Austin, San Antonio, El Paso, McAllen, Corpus Christi, New Orleans, Baton Rouge, Lafayette) and their diaspora (Mexico City, Monterrey, London, Denver) at banks and credit unions (Frost, Comerica, Texas Capital, Hancock Whitney, Navy Federal, USAA), telecoms and tech (AT&T, Dell, Oracle, Tesla, Rackspace), grocers and retailers (H-E-B, Whataburger, Buc-ee's, Academy, Kroger, Walmart, Sally Beauty), food and drink makers (Dr Pepper, Blue Bell, Tabasco, Community Coffee, Topo Chico, Shiner), airlines, energy firms, media and agencies, Word's curly double marks most of all (American habit), straight ones from phones and Google Docs, single curly ones from British-trained CIM tutors, headings as US and UK guides give them ("References", "Reference List", "Works Cited" and "Bibliography" from APA- and MLA-trained undergraduates, "Sources", "References (Harvard)"), straight apostrophes from phones, bulleted Rodeo, Fiesta, Mardi Gras, Juneteenth, Black Friday and sales-tax-holiday calendars
    "blind167": Pool(blind167_text, Blind167WorkFactory, (("“", "”"), ("“", "”"), ("“", "”"), ("“", "”"), ("“", "”"), ('"', '"'), ('"', '"'), ('"', '"'), ("‘", "’"), ("‘", "’")),
                     ("References", "References", "References", "REFERENCES", "Reference List", "Reference list", "References:", "Works Cited", "Works Cited", "Bibliography", "References (Harvard)", "Sources", "Reference List (Harvard Style)", "Literature Cited"),
                     straight_apostrophe=0.55, bullets=0.3),
    # blind168 (held out for its first tables, development data since stop 40): marketers in Lebanon (Beirut, Jounieh, Byblos/Jbeil, Tripoli, Sidon/Saida, Zahle, Tyre) and its diaspora (Paris, Montréal, Dubai, Riyadh, Abidjan, Lagos, São Paulo, Sydney, Detroit) at banks and money transfer firms (Bank Audi, BLOM, Byblos Bank, SGBL, Fransabank, OMT, Whish Money), telecoms (touch, alfa, Ogero), retailers and F&B groups (ABC, Spinneys, Le Charcutier, Malik's, Patchi, Kababji, Boubouffe), food and drink makers (Ksara, Musar, Almaza, Tanmia, Gandour, Wooden Bakery), MEA, media and agencies, trained in French and English: Word's curly double marks, straight ones from phones, single curly ones from British-trained tutors and French guillemets from USJ and Lycée-trained writers, headings in English and French ("References", "Bibliography", "Bibliographie", "Références", "Références bibliographiques", "Sources"), straight apostrophes from phones and French keyboards, bulleted Ramadan, Eid, two Easters, Christmas and 22 November calendars
    "blind168": Pool(blind168_text, Blind168WorkFactory, (("“", "”"), ("“", "”"), ("“", "”"), ("“", "”"), ('"', '"'), ('"', '"'), ('"', '"'), ("‘", "’"), ("‘", "’"), ("« ", " »"), ("«", "»")),
                     ("References", "References", "References", "REFERENCES", "Reference List", "Reference list", "References:", "Bibliography", "Bibliographie", "Références", "Références bibliographiques", "Sources", "List of References", "Bibliography / Bibliographie"),
                     straight_apostrophe=0.65, bullets=0.3),
    # blind169 (held out for its first tables, development data since stop 40): marketers in Mozambique and Cabo Verde and their diaspora (Maputo, Matola, Beira, Nampula, Quelimane, Pemba, Tete; Praia, Mindelo, Sal; Lisbon, Porto, Johannesburg, Brockton, Rotterdam) at banks and mobile money (Millennium bim, BCI, Absa, BCA, M-Pesa, e-Mola, mKesh), telecoms (Vodacom, Movitel, Tmcel, CV Movel, Unitel T+), brewers (CDM, 2M, Laurentina, Strela), retailers, airlines, media and agencies, Word's curly double marks from Portuguese-configured Word, straight ones from phones and Google Docs, single curly ones from British-trained tutors, headings in English and Portuguese ("References", "Reference List", "Referências Bibliográficas", "Bibliografia", "Bibliography"), straight apostrophes from phones often, bulleted lists now and then
    "blind169": Pool(blind169_text, Blind169WorkFactory, (("“", "”"), ("“", "”"), ("“", "”"), ("“", "”"), ('"', '"'), ('"', '"'), ('"', '"'), ("‘", "’"), ("‘", "’"), ("«", "»")),
                     ("References", "References", "References", "REFERENCES", "Reference List", "Reference list", "References:", "Bibliography", "Referências Bibliográficas", "Bibliografia", "References (Harvard)", "List of References", "REFERÊNCIAS"),
                     straight_apostrophe=0.6, bullets=0.25),
    # blind170 (held out for its first tables, development data since stop 40): marketers in Switzerland and Liechtenstein (Zürich, Geneva, Basel, Bern, Lausanne, Lugano, Lucerne, St. Gallen, Zug, Vaduz) and their diaspora (London, Milan, Munich, Lyon, New York, Singapore) at banks and fintechs (UBS, Raiffeisen, ZKB, PostFinance, Twint, Neon, Yuh, LGT), insurers, telecoms, co-operatives and retailers (Migros, Coop, Manor, Denner, Galaxus), food makers (Nestlé, Lindt & Sprüngli, Emmi, Rivella, Ricola), watch houses, SWISS, the SBB, media and agencies; Word's curly double marks, straight ones from Google Docs and Macs set to Swiss German, single curly ones from British-trained tutors, guillemets from the Romandie and Swiss German keyboards (« » and ‹ › without spaces, as Swiss typesetting has them), headings in English, German and French ("References", "Reference List", "Bibliography", "Literaturverzeichnis", "Quellenverzeichnis", "Bibliographie", "Sources"), straight apostrophes from Swiss keyboards, bulleted Fasnacht, Sechseläuten, National Day and Escalade calendars
    "blind170": Pool(blind170_text, Blind170WorkFactory, (("“", "”"), ("“", "”"), ("“", "”"), ("“", "”"), ('"', '"'), ('"', '"'), ('"', '"'), ("‘", "’"), ("‘", "’"), ("«", "»"), ("«", "»"), ("‹", "›"), ("„", "“")),
                     ("References", "References", "References", "REFERENCES", "Reference List", "Reference list", "References:", "Bibliography", "Literaturverzeichnis", "Quellenverzeichnis", "Bibliographie", "Sources", "List of References", "References (Harvard)"),
                     straight_apostrophe=0.65, bullets=0.3),
    # blind171 (held out for its first tables, development data since stop 40): marketers in Egypt and Jordan and their diaspora (Cairo, Giza, Alexandria, New Cairo, the New Administrative Capital, Sharm El Sheikh, Hurghada, Mansoura; Amman, Irbid, Zarqa, Aqaba; Dubai, Riyadh, Kuwait City, London, New Jersey) at banks and fintechs (NBE, Banque Misr, CIB, QNB Alahli, Fawry, valU, Paymob, InstaPay; Arab Bank, the Housing Bank, Zain Cash, CliQ), telecoms (Vodafone Egypt, Orange Egypt, e& Egypt, WE; Zain Jordan, Umniah, Orange Jordan), FMCG and food makers (Juhayna, Edita, Domty, Chipsy, Beyti, Obour Land, Al Ahram Beverages, Hikma), retailers and malls, developers (Talaat Moustafa, Palm Hills, SODIC, Emaar Misr), EgyptAir, Royal Jordanian, media and agencies; Word's curly double marks, straight ones from phones, Google Docs and Arabic-keyboard laptops, single curly ones from British-trained tutors, Arabic guillemets now and then, headings in English with an Arabic one beside it ("References", "Reference List", "Bibliography", "List of References", "References (المراجع)", "المراجع / References", "Sources"), straight apostrophes from Arabic/English keyboards, bulleted Ramadan, Eid, Sham El-Nessim and Independence Day calendars
    "blind171": Pool(blind171_text, Blind171WorkFactory, (("“", "”"), ("“", "”"), ("“", "”"), ("“", "”"), ('"', '"'), ('"', '"'), ('"', '"'), ('"', '"'), ("‘", "’"), ("‘", "’"), ("«", "»")),
                     ("References", "References", "References", "REFERENCES", "Reference List", "Reference list", "References:", "Bibliography", "List of References", "References (Harvard)", "References (المراجع)", "المراجع / References", "Sources", "REFERENCE LIST"),
                     straight_apostrophe=0.7, bullets=0.3),
    # blind172 (held out for its first tables, development data since stop 40): marketers in Wales, Scotland and the Isle of Man and their diaspora (Cardiff/Caerdydd, Swansea, Newport, Wrexham, Bangor, Aberystwyth, Carmarthen; Glasgow, Edinburgh, Aberdeen, Dundee, Inverness, Stornoway, Kirkwall, Lerwick; Douglas; Y Wladfa, Cape Breton, London, Toronto) at building societies and banks (Principality, Monmouthshire BS, Bank of Scotland, Virgin Money, Tesco Bank, the Development Bank of Wales), utilities, food and drink makers (Tunnock's, Baxters, Walkers, Irn-Bru, BrewDog, Glenfiddich, Penderyn, Halen Môn, Brains), tourism and transport (Zip World, VisitWales, VisitScotland, CalMac, Loganair, TfW), media (S4C, BBC Alba, STV) and agencies; Word's curly double marks, straight ones from phones and Google Docs, single curly ones from British-trained tutors, headings in English and now and then bilingual Welsh ("References", "Reference List", "Bibliography", "References / Cyfeiriadau", "Cyfeiriadau", "Sources"), straight apostrophes often, bulleted lists now and then
    "blind172": Pool(blind172_text, Blind172WorkFactory, (("“", "”"), ("“", "”"), ("“", "”"), ("“", "”"), ('"', '"'), ('"', '"'), ('"', '"'), ("‘", "’"), ("‘", "’"), ("‘", "’"), ("'", "'")),
                     ("References", "References", "References", "REFERENCES", "Reference List", "Reference list", "References:", "Bibliography", "References / Cyfeiriadau", "Cyfeiriadau", "Reference List (Harvard)", "List of References", "Sources"),
                     straight_apostrophe=0.55, bullets=0.25),
    # blind173 (held out for its first tables, development data since stop 40): marketers in Germany and Austria (Berlin, Hamburg, München, Köln, Frankfurt am Main, Stuttgart, Düsseldorf, Leipzig, Dresden, Nürnberg; Wien, Graz, Linz, Salzburg, Innsbruck; Bozen/Bolzano) and their diaspora (London, New York, Istanbul, Mallorca) at banks and fintechs (Deutsche Bank, Commerzbank, Sparkassen, N26, Trade Republic, Erste Bank, RBI, BAWAG P.S.K., George), insurers (Allianz, ERGO, HUK-COBURG, Uniqa), telecoms (Telekom, Vodafone, O2, 1&1, A1, Magenta, Drei), retailers (Aldi, Lidl, Rewe, Edeka, dm, Rossmann, Otto, Zalando, Spar, Billa, Hofer), food and drink makers (Haribo, Dr. Oetker, Ritter Sport, Red Bull, Manner, Almdudler), car makers, Lufthansa, DB, ÖBB, media and agencies; Word's curly double marks, German low-high marks („ “) from German-configured Word, straight ones from Google Docs and Macs, single curly ones from British-trained tutors, a few » « from German typesetting habits, headings in English and German ("References", "Reference List", "Bibliography", "Literaturverzeichnis", "Quellenverzeichnis", "Quellen"), straight apostrophes from German keyboards often, bulleted lists now and then
    "blind173": Pool(blind173_text, Blind173WorkFactory, (("“", "”"), ("“", "”"), ("“", "”"), ("“", "”"), ('"', '"'), ('"', '"'), ('"', '"'), ("‘", "’"), ("‘", "’"), ("„", "“"), ("„", "“"), ("»", "«")),
                     ("References", "References", "References", "REFERENCES", "Reference List", "Reference list", "References:", "Bibliography", "Literaturverzeichnis", "Quellenverzeichnis", "Quellen", "List of References", "References (Harvard)", "Literatur / References"),
                     straight_apostrophe=0.6, bullets=0.25),
    # blind174 (held out for its first tables, development data since stop 41): marketers in metropolitan France, Monaco and their diaspora (Paris, Lyon, Marseille, Lille, Toulouse, Bordeaux, Nantes, Strasbourg, Rennes, Nice, Montpellier; Monaco; London, Brussels, Geneva, Montréal, New York, Dakar) at banks and fintechs (BNP Paribas, Société Générale, Crédit Agricole, Crédit Mutuel, La Banque Postale, BoursoBank, Qonto, Lydia/Sumeria, Alan), insurers and mutuelles (AXA, MAIF, MACIF, Groupama), telecoms (Orange, SFR, Bouygues Telecom, Free), retailers (Carrefour, E.Leclerc, Intermarché, Auchan, Monoprix, Fnac Darty, Decathlon, Sephora, Cdiscount, Vinted, Veepee, leboncoin), food and drink makers, luxury and beauty houses, SNCF, Air France, RATP, BlaBlaCar, media and agencies; Word's curly double marks, French guillemets with their spaces (« ») from French-configured Word and without them from Macs and phones, straight ones from Google Docs and AZERTY keyboards, single curly ones from British-trained tutors, headings in English and French ("References", "Reference List", "Bibliography", "Bibliographie", "Références bibliographiques", "Sources", "Webographie"), straight apostrophes from AZERTY keyboards often, bulleted lists now and then
    "blind174": Pool(blind174_text, Blind174WorkFactory, (("“", "”"), ("“", "”"), ("“", "”"), ("“", "”"), ('"', '"'), ('"', '"'), ('"', '"'), ("‘", "’"), ("‘", "’"), ("« ", " »"), ("« ", " »"), ("«", "»")),
                     ("References", "References", "References", "REFERENCES", "Reference List", "Reference list", "References:", "Bibliography", "Bibliographie", "Références bibliographiques", "Sources", "List of References", "References (Harvard)", "Bibliographie / References", "Bibliography and Webography"),
                     straight_apostrophe=0.65, bullets=0.3),
    # blind175 (held out for its first tables, development data since stop 41): marketers in mainland China (Beijing, Shanghai, Shenzhen, Guangzhou, Hangzhou, Chengdu, Chongqing, Wuhan, Xi'an, Suzhou) and its diaspora (Singapore, Kuala Lumpur, Vancouver, Sydney, London, San Francisco) at platforms and fintechs (Alibaba/Taobao/Tmall, JD.com, Pinduoduo/Temu, Meituan, ByteDance/Douyin, Kuaishou, Tencent/WeChat, Xiaohongshu, Bilibili, Ant Group/Alipay), banks (ICBC, CCB, Bank of China, China Merchants Bank), telecoms (China Mobile, China Unicom, China Telecom), phone and car makers (Huawei, Xiaomi, OPPO, vivo, BYD, NIO, Li Auto, Geely), food, drink and tea brands (Mixue, Luckin, HEYTEA, Nayuki, Yili, Mengniu, Wahaha, Nongfu Spring, Moutai, Haidilao, Genki Forest), beauty and fashion (Perfect Diary, Florasis, Proya, Li-Ning, Anta, Bosideng, Shein), media and agencies; Word's curly double marks (the same glyphs a Chinese IME types), straight ones from WPS, phones and Google Docs, single curly ones from British-trained tutors, Hong Kong corner brackets (「 」) now and then, headings in English and bilingual Chinese ("References", "Reference List", "Bibliography", "参考文献", "References 参考文献", "参考文献 / References"), straight apostrophes from WPS and Chinese keyboards often, bulleted lists now and then
    "blind175": Pool(blind175_text, Blind175WorkFactory, (("“", "”"), ("“", "”"), ("“", "”"), ("“", "”"), ("“", "”"), ('"', '"'), ('"', '"'), ('"', '"'), ("‘", "’"), ("‘", "’"), ("「", "」")),
                     ("References", "References", "References", "REFERENCES", "Reference List", "Reference list", "References:", "Bibliography", "参考文献", "References 参考文献", "参考文献 / References", "List of References", "References (Harvard)", "Reference List (Harvard style)"),
                     straight_apostrophe=0.6, bullets=0.3),
    # blind176 (held out for its first tables, development data since stop 41): marketers in Australia and its diaspora (Sydney, Melbourne/Naarm, Brisbane/Meanjin, Perth/Boorloo, Adelaide/Tarntanya, Hobart, Canberra, Darwin, the regions; London, Auckland, Singapore, Bali, Los Angeles) at banks and fintechs, super funds, insurers, telcos, retailers, food and drink makers, airlines, tech brands, media and agencies; Word's curly single marks (the Australian house style) and double ones, straight ones from Macs, phones and Google Docs, headings in the Australian universities' habits ("References", "Reference list", "Reference List", "REFERENCES", "Bibliography", "List of references", "Reference list (Harvard)", "References (AGPS Harvard)", "Sources cited"), straight apostrophes often, bulleted lists now and then
    "blind176": Pool(blind176_text, Blind176WorkFactory, (("‘", "’"), ("‘", "’"), ("‘", "’"), ("‘", "’"), ("“", "”"), ("“", "”"), ("“", "”"), ("'", "'"), ("'", "'"), ('"', '"'), ('"', '"')),
                     ("References", "References", "References", "Reference list", "Reference list", "Reference List", "REFERENCES", "References:", "Bibliography", "List of references", "Reference list (Harvard)", "References (AGPS Harvard)", "Sources cited"),
                     straight_apostrophe=0.55, bullets=0.3),
    # blind177 (held out for its first tables, development data since stop 41): marketers in Japan and its diaspora (Tokyo, Osaka, Nagoya, Fukuoka, Sapporo, Kyoto, Kobe, Yokohama, Sendai, Hiroshima, Okinawa; São Paulo, Honolulu, Los Angeles, London, Singapore, Bangkok) at banks, fintechs and payment brands, insurers, mobile carriers, convenience stores and retailers, food and drink makers, car, electronics and game makers, airlines and railways, media and agencies; Word's curly marks, double more often than single (Japanese Word and IMEs give double ones), straight ones from Macs, phones and Google Docs, Japanese corner brackets (「 」 and 『 』) now and then, headings in English and bilingual Japanese ("References", "Reference List", "Bibliography", "参考文献", "References 参考文献", "参考文献 / References", "Works cited"), straight apostrophes from Japanese keyboards often, bulleted lists now and then
    "blind177": Pool(blind177_text, Blind177WorkFactory, (("“", "”"), ("“", "”"), ("“", "”"), ("“", "”"), ("‘", "’"), ("‘", "’"), ("‘", "’"), ('"', '"'), ('"', '"'), ('"', '"'), ("'", "'"), ("「", "」"), ("『", "』")),
                     ("References", "References", "References", "Reference List", "Reference list", "REFERENCES", "References:", "Bibliography", "参考文献", "References 参考文献", "参考文献 / References", "List of References", "References (Harvard)", "Works cited"),
                     straight_apostrophe=0.6, bullets=0.25),
    # blind178 (held out for its first tables, development data since stop 41): marketers in northern India and its diaspora (Delhi/New Delhi, Gurugram, Noida, Lucknow, Kanpur, Varanasi, Jaipur, Jodhpur, Chandigarh, Amritsar, Ludhiana, Patna, Dehradun, Srinagar; London, Leicester, Birmingham, Brampton, Surrey, New Jersey, Dubai) at banks and fintechs, telecoms, FMCG and food makers, retailers and platforms, car and two-wheeler makers, airlines and travel, media and agencies; Word's curly single and double marks (Indian and British-trained tutors' habits), straight ones from Google Docs, WPS and phones often, headings in Indian universities' and UK centres' habits ("References", "REFERENCES", "Reference List", "Bibliography", "References:", "List of References", "Bibliography/References", "References (Harvard Style)", "Works Cited", "Webliography"), straight apostrophes often, bulleted lists often
    "blind178": Pool(blind178_text, Blind178WorkFactory, (("‘", "’"), ("‘", "’"), ("‘", "’"), ("“", "”"), ("“", "”"), ("“", "”"), ("“", "”"), ("'", "'"), ("'", "'"), ('"', '"'), ('"', '"'), ('"', '"')),
                     ("References", "References", "References", "REFERENCES", "REFERENCES", "Reference List", "Reference list", "References:", "Bibliography", "List of References", "Bibliography/References", "References (Harvard Style)", "Works Cited", "Webliography"),
                     straight_apostrophe=0.6, bullets=0.35),
    # blind179 (held out for its first tables, development data since stop 41): marketers in English Canada and its diaspora (Toronto, Ottawa, Mississauga, Brampton, Hamilton, Waterloo, London ON, Vancouver, Surrey, Victoria, Calgary, Edmonton, Winnipeg, Regina, Saskatoon, Halifax, St. John's, Charlottetown, Whitehorse, Yellowknife, Iqaluit; Seattle, Boston, London, Hong Kong, Manila, Chandigarh) at banks and fintechs, insurers, telecoms, retailers, food and drink makers, tech firms, airlines, media and agencies; Word's curly double marks (the North American habit) most often, straight ones from Macs, phones and Google Docs, curly single ones from British-trained tutors and Québec's « » now and then, headings in Canadian schools' habits ("References", "Reference List", "Reference list", "REFERENCES", "Works Cited", "Bibliography", "References (Harvard)", "Sources", "Références / References"), straight apostrophes often, bulleted lists now and then
    "blind179": Pool(blind179_text, Blind179WorkFactory, (("“", "”"), ("“", "”"), ("“", "”"), ("“", "”"), ("“", "”"), ('"', '"'), ('"', '"'), ('"', '"'), ("‘", "’"), ("‘", "’"), ("« ", " »")),
                     ("References", "References", "References", "Reference List", "Reference list", "REFERENCES", "References:", "Works Cited", "Bibliography", "References (Harvard)", "Sources", "Références / References", "List of References"),
                     straight_apostrophe=0.5, bullets=0.3),
    # blind180 (held out for its first tables, development data since stop 41): marketers in Sweden, Finland and their diaspora (Stockholm, Göteborg, Malmö, Uppsala, Umeå, Luleå, Kiruna; Helsinki/Helsingfors, Espoo, Tampere, Turku/Åbo, Oulu, Vaasa, Rovaniemi, Mariehamn; London, Berlin, Minneapolis, Tallinn) at banks and fintechs, insurers, telecoms, retailers, food and drink makers, tech and game studios, media and agencies; Word's curly double marks most often, the Swedish and Finnish ”…” and ’…’ (closing marks at both ends, as Swedish and Finnish Word set them) often, straight ones from Macs, phones and Google Docs, »…» from Nordic book typography now and then, headings in Swedish and Finnish universities' habits ("References", "Reference list", "REFERENCES", "Referenser", "Källförteckning", "Källor / Sources", "Lähteet", "Lähdeluettelo", "Lähteet / References", "Bibliography", "References (Harvard)"), straight apostrophes often, bulleted lists now and then
    "blind180": Pool(blind180_text, Blind180WorkFactory, (("“", "”"), ("“", "”"), ("“", "”"), ("“", "”"), ("”", "”"), ("”", "”"), ("”", "”"), ('"', '"'), ('"', '"'), ('"', '"'), ("‘", "’"), ("’", "’"), ("»", "»")),
                     ("References", "References", "References", "Reference list", "Reference List", "REFERENCES", "References:", "Referenser", "Källförteckning", "Källor / Sources", "Lähteet", "Lähdeluettelo", "Lähteet / References", "Bibliography", "References (Harvard)"),
                     straight_apostrophe=0.6, bullets=0.3),
    # blind181 (held out for its first tables, development data since stop 41): marketers in Jamaica, Trinidad and Tobago, Barbados, the wider English-speaking Caribbean (Kingston, Montego Bay, Ocho Rios, Port of Spain, San Fernando, Chaguanas, Bridgetown, Nassau, Georgetown, Castries, St. George's, Basseterre, Roseau, Belmopan) and its diaspora (Brixton, Croydon, Birmingham, Toronto, Brooklyn, Miami, Fort Lauderdale) at banks and fintechs, telecoms, food and drink makers and retailers, resorts and airlines, media and agencies; Word's curly single marks (the British habit of the region's schools and CXC/CAPE) most often, curly double ones (North American influence) often, straight ones from phones and Google Docs now and then, headings in Caribbean schools' and UWI's habits ("References", "REFERENCES", "Reference List", "Reference list", "Bibliography" (the CAPE habit), "References:", "List of References", "Works Cited", "Reference List (Harvard)", "Sources"), straight apostrophes often, bulleted lists now and then
    "blind181": Pool(blind181_text, Blind181WorkFactory, (("‘", "’"), ("‘", "’"), ("‘", "’"), ("‘", "’"), ("“", "”"), ("“", "”"), ("“", "”"), ('"', '"'), ('"', '"'), ("'", "'")),
                     ("References", "References", "References", "REFERENCES", "Reference List", "Reference list", "Bibliography", "Bibliography", "References:", "List of References", "Works Cited", "Reference List (Harvard)", "Sources"),
                     straight_apostrophe=0.55, bullets=0.25),
    # blind182 (held out for its first tables, development data since stop 41): marketers in the American Midwest and its diaspora (Chicago, Detroit, Minneapolis–Saint Paul, Milwaukee, Cleveland, Columbus, Cincinnati, Indianapolis, St. Louis, Kansas City, Omaha, Des Moines, Madison, Ann Arbor, Grand Rapids, Fargo, Sioux Falls; Toronto, London, Dublin, Guadalajara, Monterrey) at banks and insurers, retailers, food, drink and consumer makers, car makers, restaurants, media and agencies; Word's curly double marks (the American habit) most often, straight ones from Google Docs, Macs and phones often, curly single ones from British-trained tutors now and then, headings in American schools' and UK centres' habits ("References", "Reference List", "Reference list", "REFERENCES", "Works Cited", "Bibliography", "References:", "Sources", "Works Cited (Harvard)", "List of References"), straight apostrophes often, bulleted lists now and then
    "blind182": Pool(blind182_text, Blind182WorkFactory, (("“", "”"), ("“", "”"), ("“", "”"), ("“", "”"), ("“", "”"), ('"', '"'), ('"', '"'), ('"', '"'), ('"', '"'), ("‘", "’"), ("‘", "’"), ("'", "'")),
                     ("References", "References", "References", "Reference List", "Reference list", "REFERENCES", "Works Cited", "Works Cited", "Bibliography", "References:", "Sources", "Works Cited (Harvard)", "List of References"),
                     straight_apostrophe=0.6, bullets=0.3),
    # blind183 (held out for its first tables, development data since stop 41): marketers in Puerto Rico, the Dominican Republic, Cuba and their diaspora (San Juan, Bayamón, Ponce, Mayagüez, Caguas, Carolina; Santo Domingo, Santiago de los Caballeros, Punta Cana, La Romana, Puerto Plata; Havana, Santiago de Cuba; Miami, Hialeah, Orlando, the Bronx, Washington Heights, Newark, Boston, Madrid) at banks and fintechs, telecoms, supermarkets, food and drink makers, tourism and airlines, media and agencies; Word's curly double marks (the American habit of the islands' schools) most often, straight ones from phones, Google Docs and Spanish keyboards often, curly single ones from British-trained CIM tutors now and then, «…» from Spanish typography rarely, headings in the islands' and the diaspora's habits ("References", "Reference List", "REFERENCES", "Reference list", "Bibliography", "Referencias", "Bibliografía", "Referencias / References", "Works Cited", "References:", "List of References"), straight apostrophes often, bulleted lists now and then
    "blind183": Pool(blind183_text, Blind183WorkFactory, (("“", "”"), ("“", "”"), ("“", "”"), ("“", "”"), ('"', '"'), ('"', '"'), ('"', '"'), ("‘", "’"), ("‘", "’"), ("'", "'"), ("«", "»")),
                     ("References", "References", "References", "Reference List", "REFERENCES", "Reference list", "Bibliography", "Referencias", "Bibliografía", "Referencias / References", "Works Cited", "References:", "List of References"),
                     straight_apostrophe=0.6, bullets=0.3),
    # blind184 (held out for its first tables, development data since stop 41): marketers in Taiwan and its diaspora (Taipei, New Taipei, Taoyuan, Hsinchu, Taichung, Tainan, Kaohsiung, Keelung, Hualien, Taitung; Vancouver, the San Gabriel Valley, the Bay Area, Singapore, Tokyo, Kuala Lumpur, Sydney) at banks and fintechs, insurers, telecoms, convenience stores, retailers and e-commerce, food and drink makers, tech firms, airlines and transport, media and agencies; Word's curly double marks most often, straight ones from Google Docs, Macs and phones often, curly single ones from British-trained tutors now and then, and the Chinese 「」 and 『』 that slip in from writing in traditional Chinese, headings in Taiwanese universities' and UK centres' habits ("References", "Reference List", "Reference list", "REFERENCES", "Bibliography", "References:", "參考文獻", "References 參考文獻", "參考資料 / References", "References (Harvard)", "List of References"), straight apostrophes often, bulleted lists now and then
    "blind184": Pool(blind184_text, Blind184WorkFactory, (("“", "”"), ("“", "”"), ("“", "”"), ("“", "”"), ("“", "”"), ('"', '"'), ('"', '"'), ('"', '"'), ("‘", "’"), ("‘", "’"), ("'", "'"), ("「", "」"), ("『", "』")),
                     ("References", "References", "References", "Reference List", "Reference list", "REFERENCES", "Bibliography", "References:", "參考文獻", "References 參考文獻", "參考資料 / References", "References (Harvard)", "List of References"),
                     straight_apostrophe=0.55, bullets=0.3),
    # blind185 (held out for its first tables, development data since stop 41): marketers in Belgium, Luxembourg and their diaspora (Brussels, Antwerp, Ghent, Bruges, Leuven, Mechelen, Liège, Namur, Charleroi, Mons, Hasselt, Eupen; Luxembourg City, Esch-sur-Alzette, Kirchberg; Paris, Lille, Amsterdam, London, Kinshasa) at banks and fintechs, insurers, telecoms, retailers, food and drink makers, airlines, media and agencies; Word's curly double marks most often, curly single ones (British-trained tutors) often, straight ones from Macs, phones and Google Docs, French guillemets with their spaces (« … ») from French-speaking Belgium and Luxembourg and the Dutch and German „…” now and then, headings in English and in the candidates' own languages ("References", "Reference list", "Bibliography", "Bibliografie", "Bibliographie", "Literatuurlijst", "Bronnenlijst", "Références", "Quellenverzeichnis"), straight apostrophes often, bulleted lists now and then
    "blind185": Pool(blind185_text, Blind185WorkFactory, (("“", "”"), ("“", "”"), ("“", "”"), ("“", "”"), ("‘", "’"), ("‘", "’"), ("‘", "’"), ('"', '"'), ('"', '"'), ('"', '"'), ("«\u00a0", "\u00a0»"), ("« ", " »"), ("„", "”"), ("'", "'")),
                     ("References", "References", "References", "Reference list", "Reference List", "REFERENCES", "References:", "Bibliography", "Bibliografie", "Bibliographie", "Literatuurlijst", "Bronnenlijst", "Références", "Quellenverzeichnis", "Reference list (Harvard)", "Sources"),
                     straight_apostrophe=0.55, bullets=0.25),
    # blind186 (held out for its first tables, development data since stop 42): marketers in the Netherlands and its diaspora (Amsterdam, Rotterdam, Den Haag, Utrecht, Eindhoven, Groningen, Maastricht, Leeuwarden; Curaçao, Aruba, Sint Maarten, Paramaribo; London, Antwerp, Düsseldorf, Toronto) at banks and fintechs, insurers, telecoms, retailers, food and drink makers, KLM, NS, Philips, media and agencies; Word's curly double marks most often, curly single ones (British-trained tutors) often, straight ones from Macs, phones and Google Docs, the Dutch low-high „…” and the Dutch typesetters' ‚…’ now and then, headings in English and Dutch ("References", "Reference list", "Bibliography", "Literatuurlijst", "Bronnenlijst", "Bronvermelding", "Referenties"), straight apostrophes often, bulleted lists now and then
    "blind186": Pool(blind186_text, Blind186WorkFactory, (("“", "”"), ("“", "”"), ("“", "”"), ("“", "”"), ("‘", "’"), ("‘", "’"), ("‘", "’"), ('"', '"'), ('"', '"'), ('"', '"'), ("„", "”"), ("‚", "’"), ("'", "'")),
                     ("References", "References", "References", "Reference list", "Reference List", "REFERENCES", "References:", "Bibliography", "Literatuurlijst", "Bronnenlijst", "Bronvermelding", "Referenties", "Reference list (Harvard)", "Sources"),
                     straight_apostrophe=0.6, bullets=0.25),
    # blind187 (held out for its first tables, development data since stop 42): marketers in Iran and its diaspora (Tehran, Mashhad, Isfahan, Shiraz, Tabriz, Karaj, Qom, Ahvaz, Kish Island; Los Angeles, Toronto/North York, Vancouver, London, Hamburg, Stockholm, Dubai, Istanbul) at banks and fintechs, telecoms, platforms, food makers, carmakers, media and agencies; Word's curly double marks most often, straight double ones from phones, Google Docs and Persian keyboards set to English often, curly single ones (British-trained tutors) now and then, the Persian guillemets («…») with no spaces from Persian-language habit and straight single ones rarely, headings in English as Iranian universities and CIM centres ask ("References", "Reference list", "Bibliography"), once in a while with the Persian "منابع" or "فهرست منابع" beside it, straight apostrophes often (Persian keyboards have no curly one), bulleted lists now and then
    "blind187": Pool(blind187_text, Blind187WorkFactory, (("“", "”"), ("“", "”"), ("“", "”"), ("“", "”"), ('"', '"'), ('"', '"'), ('"', '"'), ("‘", "’"), ("‘", "’"), ("«", "»"), ("'", "'")),
                     ("References", "References", "References", "Reference list", "Reference List", "REFERENCES", "References:", "Bibliography", "List of references", "References (Harvard)", "منابع / References", "References فهرست منابع", "Sources"),
                     straight_apostrophe=0.65, bullets=0.3),
    # blind188 (held out for its first tables, development data since stop 42): marketers in Hawaiʻi, Washington, Oregon and their diaspora (Honolulu, Hilo, Kailua-Kona, Kahului, Līhuʻe; Seattle, Tacoma, Spokane, Bellevue, Redmond, Olympia; Portland, Eugene, Salem, Bend; Vancouver BC, Anchorage, Tokyo, Manila, Seoul, Sydney) at banks and credit unions, retailers, food and drink makers, airlines and tech firms, media and agencies; Word's curly double marks (the American habit) most often, straight ones from Google Docs, Macs and phones often, curly single ones from British-trained tutors and CIM now and then, and the Japanese 「」 from Tokyo-trained writers rarely; headings as American and British schools teach them ("References", "Works Cited", "Reference List", "Bibliography") and a Hawaiian one now and then ("Nā Kūmole / References"), straight apostrophes often (Google Docs, phones), bulleted lists now and then
    "blind188": Pool(blind188_text, Blind188WorkFactory, (("“", "”"), ("“", "”"), ("“", "”"), ("“", "”"), ("“", "”"), ('"', '"'), ('"', '"'), ('"', '"'), ('"', '"'), ("‘", "’"), ("‘", "’"), ("'", "'"), ("「", "」")),
                     ("References", "References", "References", "Works Cited", "Works Cited", "Reference List", "Reference list", "REFERENCES", "Bibliography", "References:", "Sources", "Nā Kūmole / References", "References (Harvard)", "List of References"),
                     straight_apostrophe=0.6, bullets=0.3),
    # blind189 (held out for its first tables, development data since stop 42): marketers in Denmark, Norway, Greenland, the Faroe Islands and their diaspora (Copenhagen/København, Aarhus, Odense, Aalborg, Esbjerg, Roskilde; Oslo, Bergen, Trondheim, Stavanger, Tromsø, Kristiansand, Bodø; Nuuk, Tórshavn; London, Malmö, Hamburg, Minneapolis, Brooklyn) at banks and fintechs, telecoms, retailers, food and drink makers, LEGO, Novo Nordisk, Pandora, Ørsted and Maersk, media and agencies; Word's curly double marks most often (English-language courses and Word set to UK English), straight ones from Google Docs, Macs and phones often, curly single ones from British-trained tutors and CIM now and then, and the Danish »…« and the Norwegian «…» from writers' own typographic habit rarely; headings in English as CBS, BI, NHH and CIM centres ask ("References", "Reference list", "Bibliography") and now and then the local one beside it ("Litteraturliste", "Kildeliste", "Referanser", "Litteratur / References"), straight apostrophes often (Danish and Norwegian keyboards make the curly one awkward), bulleted lists now and then
    "blind189": Pool(blind189_text, Blind189WorkFactory, (("“", "”"), ("“", "”"), ("“", "”"), ("“", "”"), ('"', '"'), ('"', '"'), ('"', '"'), ("‘", "’"), ("‘", "’"), ("'", "'"), ("»", "«"), ("«", "»")),
                     ("References", "References", "References", "Reference list", "Reference List", "REFERENCES", "References:", "Bibliography", "List of references", "Litteraturliste", "Litteraturliste / References", "Kildeliste", "Referanser", "References (Harvard)"),
                     straight_apostrophe=0.6, bullets=0.25),
    # blind190 (held out for its first tables, development data since stop 42): marketers in Israel and its diaspora (Tel Aviv-Yafo, Jerusalem, Haifa, Be'er Sheva, Herzliya, Ra'anana, Petah Tikva, Netanya, Eilat, Nazareth; New York, Los Angeles, London, Paris, Toronto, Berlin) at banks and fintechs, insurers, telecoms, retailers, food and drink makers, tech firms, media and agencies; Word's curly double marks most often, straight double ones from Hebrew keyboards switched to English, Google Docs and phones often, curly single ones (British-trained tutors, CIM) now and then, straight single ones rarely, and the Hebrew gershayim (״…״) from a Hebrew keyboard left on now and then; headings as Israeli colleges and British schools teach them ("References", "Reference List", "Bibliography", "Sources") and a Hebrew one now and then ("רשימת מקורות / References", "Bibliography – ביבליוגרפיה"), straight apostrophes often (Hebrew keyboards, phones), bulleted lists now and then
    "blind190": Pool(blind190_text, Blind190WorkFactory, (("“", "”"), ("“", "”"), ("“", "”"), ("“", "”"), ('"', '"'), ('"', '"'), ('"', '"'), ('"', '"'), ("‘", "’"), ("‘", "’"), ("'", "'"), ("״", "״")),
                     ("References", "References", "References", "Reference List", "Reference list", "REFERENCES", "References:", "Bibliography", "Sources", "רשימת מקורות / References", "Bibliography – ביבליוגרפיה", "References (Harvard)", "List of References"),
                     straight_apostrophe=0.65, bullets=0.3),
    # blind191 (held out for its first tables, development data since stop 42): marketers in Singapore, Hong Kong, Macau and their diaspora (Orchard, Jurong, Tampines, Punggol, One-North; Central, Kowloon, Tsim Sha Tsui, Sha Tin, Tsuen Wan, Causeway Bay; Taipa, Cotai; Shenzhen, Guangzhou, Kuala Lumpur, Johor Bahru, Vancouver, Sydney, London) at banks and fintechs, telecoms, retailers and platforms, F&B makers, airlines, casinos and attractions, media and agencies; curly single marks most often (British-taught schools in both cities), Word's curly double ones often, straight ones from phones, Macs and Google Docs often, and the corner brackets 「」 from Hong Kong writers with Chinese keyboards now and then; headings as British-trained tutors ask ("References", "Reference List", "Bibliography", "List of References") and a bilingual one in Hong Kong and Macau now and then ("References 參考文獻", "參考資料 References"), straight apostrophes often (phones, Chinese IMEs), bulleted lists now and then
    "blind191": Pool(blind191_text, Blind191WorkFactory, (("‘", "’"), ("‘", "’"), ("‘", "’"), ("‘", "’"), ("“", "”"), ("“", "”"), ("“", "”"), ('"', '"'), ('"', '"'), ('"', '"'), ("'", "'"), ("「", "」")),
                     ("References", "References", "References", "Reference List", "Reference list", "REFERENCES", "References:", "Bibliography", "List of References", "References 參考文獻", "參考資料 References", "Reference List (Harvard)", "Sources"),
                     straight_apostrophe=0.55, bullets=0.3),
    # blind192 (held out for its first tables, development data since stop 43): marketers in South Africa, Namibia, Botswana, Lesotho, Eswatini and their diaspora (Johannesburg, Sandton, Tshwane, Cape Town, Stellenbosch, Durban/eThekwini, Gqeberha, Bloemfontein, Polokwane, Mbombela; Windhoek, Walvis Bay; Gaborone, Francistown; Maseru; Mbabane; London, Perth, Auckland, Toronto, Dubai) at banks and fintechs, telecoms, retailers, food and drink makers, MultiChoice, Eskom, airlines, media and agencies; curly single marks most often (British-trained tutors and Word set to English (South Africa)), Word's curly double ones often, straight ones from phones, Macs and Google Docs often, and the Afrikaans low-high „…” from Afrikaans keyboards and Afrikaans-medium schools now and then; headings as tutors ask ("References", "Reference List", "List of References", "Bibliography", "Sources consulted") and an Afrikaans one now and then ("Bronnelys", "Verwysings / References"), straight apostrophes often (phones, Google Docs), bulleted lists now and then
    "blind192": Pool(blind192_text, Blind192WorkFactory, (("‘", "’"), ("‘", "’"), ("‘", "’"), ("‘", "’"), ("“", "”"), ("“", "”"), ("“", "”"), ('"', '"'), ('"', '"'), ('"', '"'), ("'", "'"), ("„", "”")),
                     ("References", "References", "References", "Reference List", "Reference list", "REFERENCES", "References:", "List of References", "Bibliography", "Sources consulted", "Bronnelys", "Verwysings / References", "Reference List (Harvard)"),
                     straight_apostrophe=0.55, bullets=0.3),
    # blind193 (held out for its first tables, development data since stop 43): marketers in Portugal, Madeira, the Azores and the Portuguese diaspora (Lisboa, Porto, Braga, Coimbra, Aveiro, Faro, Setúbal, Funchal, Ponta Delgada; Paris, Luxembourg, Geneva, London, Newark, Fall River, Toronto, São Paulo, Luanda, Maputo, Macau) at banks and fintechs, telecoms, retailers, food and drink makers, TAP, Galp, EDP, tech firms, media and agencies; Word's curly double marks most often (Portuguese Word set to English), the angle quotes « » that Portuguese typography uses now and then, curly single ones (British-trained tutors, CIM) often, straight ones from phones, Macs and Google Docs often; headings as Portuguese schools and British tutors ask ("References", "Reference List", "Bibliography") and a Portuguese one now and then ("Referências bibliográficas", "Bibliografia", "Referências / References"), straight apostrophes often (Portuguese keyboards, phones), bulleted lists now and then
    "blind193": Pool(blind193_text, Blind193WorkFactory, (("“", "”"), ("“", "”"), ("“", "”"), ("“", "”"), ("‘", "’"), ("‘", "’"), ("‘", "’"), ('"', '"'), ('"', '"'), ('"', '"'), ("'", "'"), ("«", "»")),
                     ("References", "References", "References", "Reference List", "Reference list", "REFERENCES", "References:", "Bibliography", "List of References", "Referências bibliográficas", "Bibliografia", "Referências / References", "References (Harvard)"),
                     straight_apostrophe=0.6, bullets=0.25),
    # blind194 (held out for its first tables, development data since stop 43): marketers in Greece, Cyprus and the Greek diaspora (Athens/Athina, Piraeus, Thessaloniki, Patras, Heraklion, Larissa, Volos, Ioannina, Rhodes, Mykonos, Santorini; Nicosia/Lefkosia, Limassol, Larnaca, Paphos; Melbourne, Sydney, Astoria, Chicago, Toronto, Montreal, London, Munich, Stuttgart) at banks and fintechs, telecoms, supermarkets and e-tailers, food and drink makers, airlines, ferries, energy firms, hotels, media and agencies; Word's curly double marks most often (Greek Word set to English), curly single ones from British-trained tutors, CIM centres and Cypriot schools often, straight ones from phones, Macs and Google Docs often, and the Greek guillemets «…» from a Greek keyboard left on now and then; headings as Greek and Cypriot colleges and British partners ask ("References", "Reference List", "Bibliography", "List of References") and a Greek one now and then ("Βιβλιογραφία", "Βιβλιογραφία / References", "Αναφορές"), straight apostrophes often (Greek keyboards switched to English, phones), bulleted lists now and then
    "blind194": Pool(blind194_text, Blind194WorkFactory, (("“", "”"), ("“", "”"), ("“", "”"), ("“", "”"), ("‘", "’"), ("‘", "’"), ("‘", "’"), ('"', '"'), ('"', '"'), ('"', '"'), ("'", "'"), ("«", "»"), ("«", "»")),
                     ("References", "References", "References", "Reference List", "Reference list", "REFERENCES", "References:", "Bibliography", "List of References", "Βιβλιογραφία", "Βιβλιογραφία / References", "References – Βιβλιογραφία", "Αναφορές", "Bibliography (Harvard)"),
                     straight_apostrophe=0.6, bullets=0.3),
    # blind195 (held out for its first tables, development data since stop 43): marketers in Brazil and its diaspora (São Paulo, Rio de Janeiro, Belo Horizonte, Porto Alegre, Curitiba, Recife, Salvador, Fortaleza, Brasília, Manaus, Florianópolis, Campinas; Lisbon, Porto, Miami, Orlando, Framingham, Newark, London, Hamamatsu, Luanda) at banks and fintechs, telecoms, retailers and platforms, food and drink makers, airlines, media and agencies; Word's curly double marks most often (Brazilian Word set to English, and Portuguese habit), curly single ones from British-trained tutors and CIM centres often, straight ones from phones, Macs and Google Docs often, and the angle quotes « » now and then from Portugal-trained writers; headings as British partners and Brazilian schools ask ("References", "Reference List", "Bibliography", "List of References") and a Portuguese one now and then ("Referências", "REFERÊNCIAS", "Referências bibliográficas", "References / Referências"), straight apostrophes often (ABNT keyboards switched to English, phones), bulleted lists now and then
    "blind195": Pool(blind195_text, Blind195WorkFactory, (("“", "”"), ("“", "”"), ("“", "”"), ("“", "”"), ("‘", "’"), ("‘", "’"), ("‘", "’"), ('"', '"'), ('"', '"'), ('"', '"'), ("'", "'"), ("«", "»")),
                     ("References", "References", "References", "Reference List", "Reference list", "REFERENCES", "References:", "Bibliography", "List of References", "Referências", "REFERÊNCIAS", "Referências bibliográficas", "References / Referências", "Reference List (Harvard)"),
                     straight_apostrophe=0.6, bullets=0.3),
    # blind196 (held out for its first tables, development data since stop 43): marketers in Poland and the Polish diaspora (Warszawa/Warsaw, Kraków, Łódź, Wrocław, Poznań, Gdańsk, Gdynia, Sopot, Szczecin, Lublin, Katowice, Białystok, Rzeszów; London, Dublin, Chicago (Jackowo), New York (Greenpoint), Toronto, Berlin, Oslo, Reykjavík) at banks and fintechs, insurers, telecoms, retailers and platforms, food and drink makers, CD Projekt, Orlen, LOT, media and agencies; Word's curly double marks most often (Polish Word set to English), the Polish low-high „…” from a Polish keyboard or Word's Polish autocorrect often, curly single ones from British-trained tutors and CIM centres, straight ones from phones, Macs and Google Docs often, and the reversed guillemets »…« of Polish books now and then; headings as Polish schools and British partners ask ("References", "Reference List", "Bibliography", "List of References") and a Polish one now and then ("Bibliografia", "Literatura", "Źródła", "Bibliografia / References"), straight apostrophes often (Polish keyboards, phones), bulleted lists now and then
    "blind196": Pool(blind196_text, Blind196WorkFactory, (("“", "”"), ("“", "”"), ("“", "”"), ("“", "”"), ("„", "”"), ("„", "”"), ("„", "”"), ("‘", "’"), ("‘", "’"), ('"', '"'), ('"', '"'), ('"', '"'), ("'", "'"), ("»", "«")),
                     ("References", "References", "References", "Reference List", "Reference list", "REFERENCES", "References:", "Bibliography", "List of References", "Bibliografia", "Literatura", "Źródła", "Bibliografia / References", "References (Harvard)"),
                     straight_apostrophe=0.6, bullets=0.3),
    # blind197 (held out for its first tables, development data since stop 43): marketers in Vietnam and its diaspora (Hà Nội/Hanoi, Thành phố Hồ Chí Minh/Saigon, Đà Nẵng, Hải Phòng, Cần Thơ, Huế, Nha Trang, Biên Hòa, Bình Dương, Vũng Tàu; Little Saigon, San Jose, Houston, Cabramatta, Melbourne, Paris, Berlin, Warsaw, Prague, Tokyo, Seoul, Taipei) at banks and e-wallets, telcos, retailers and platforms, dairy, noodle, coffee and beer makers, airlines, media and agencies; Word's curly double marks most often (Vietnamese Word and Unikey/Telex users set to English), curly single ones from CIM centres and RMIT-trained tutors often, straight ones from phones, Macs and Google Docs often; headings as Vietnamese universities and British and Australian partners ask ("References", "Reference List", "REFERENCES", "Bibliography") and a Vietnamese one now and then ("Tài liệu tham khảo", "TÀI LIỆU THAM KHẢO", "Tài liệu tham khảo / References", "Danh mục tài liệu tham khảo"), straight apostrophes often (Telex keyboards, phones), bulleted lists now and then
    "blind197": Pool(blind197_text, Blind197WorkFactory, (("“", "”"), ("“", "”"), ("“", "”"), ("“", "”"), ("‘", "’"), ("‘", "’"), ("‘", "’"), ('"', '"'), ('"', '"'), ('"', '"'), ("'", "'")),
                     ("References", "References", "References", "Reference List", "Reference list", "REFERENCES", "References:", "Bibliography", "List of References", "Tài liệu tham khảo", "TÀI LIỆU THAM KHẢO", "Tài liệu tham khảo / References", "Danh mục tài liệu tham khảo", "References (Harvard)"),
                     straight_apostrophe=0.6, bullets=0.3),
    # blind198 (held out for its first tables, development data since stop 43): marketers in Türkiye and the Turkish diaspora (İstanbul, Ankara, İzmir, Bursa, Antalya, Adana, Gaziantep, Konya, Kayseri, Eskişehir, Trabzon, Diyarbakır; Berlin, Köln, Duisburg, Stuttgart, Vienna, Amsterdam, Rotterdam, Brussels, London (Haringey), Lefkoşa/Nicosia, Baku) at banks and fintechs, telecoms, retailers and platforms, food and drink makers, airlines, holdings, media and agencies; Word's curly double marks most often (Turkish Word and the Turkish Q keyboard), curly single ones from British-trained tutors often, straight ones from phones, Macs and Google Docs often, and the guillemets «…» of older Turkish typesetting now and then; headings as Turkish and British universities ask ("References", "Reference List", "REFERENCES", "Bibliography") and a Turkish one now and then ("Kaynakça", "KAYNAKÇA", "Kaynaklar", "Kaynakça / References"), straight apostrophes often (Turkish suffixes typed with the keyboard's straight mark, phones), bulleted lists now and then
    "blind198": Pool(blind198_text, Blind198WorkFactory, (("“", "”"), ("“", "”"), ("“", "”"), ("“", "”"), ("“", "”"), ("‘", "’"), ("‘", "’"), ('"', '"'), ('"', '"'), ('"', '"'), ("'", "'"), ("«", "»")),
                     ("References", "References", "References", "Reference List", "Reference list", "REFERENCES", "References:", "Bibliography", "List of References", "Kaynakça", "KAYNAKÇA", "Kaynaklar", "Kaynakça / References", "References (Harvard)"),
                     straight_apostrophe=0.65, bullets=0.25),
    # blind199 (held out for its first tables, development data since stop 43): marketers in Nigeria and its diaspora (Lagos: Ikeja, Victoria Island, Lekki, Yaba, Surulere; Abuja, Ibadan, Port Harcourt, Kano, Enugu, Onitsha, Aba; Peckham, Woolwich, Manchester, Houston, Atlanta, Toronto) at banks and fintechs, telecoms, retailers and platforms, food and drink makers, Nollywood, Afrobeats labels, the Nigerian press and agencies; Word's curly double marks most often (Nigerian universities and CIM centres set Word to English (UK) or (US)), curly single ones from British-trained tutors and the UK diaspora, straight ones from phones, Google Docs and WPS Office often; headings as Nigerian universities and British partners ask ("References", "REFERENCES", "Reference List", "Bibliography", "List of References", "References:", "REFERENCE"), straight apostrophes often (phones, WPS Office), bulleted lists now and then
    "blind199": Pool(blind199_text, Blind199WorkFactory, (("“", "”"), ("“", "”"), ("“", "”"), ("“", "”"), ("‘", "’"), ("‘", "’"), ('"', '"'), ('"', '"'), ('"', '"'), ("'", "'"), ("'", "'")),
                     ("References", "References", "References", "REFERENCES", "REFERENCES", "Reference List", "Reference list", "References:", "Bibliography", "BIBLIOGRAPHY", "List of References", "REFERENCE", "References (Harvard)"),
                     straight_apostrophe=0.65, bullets=0.3),
    # blind200 (held out for its first tables, development data since stop 43): marketers in South Korea and the Korean diaspora (Seoul: Gangnam, Seongsu, Hongdae, Yeouido, Jamsil; Busan, Incheon, Daegu, Daejeon, Gwangju, Suwon, Pangyo, Jeju; Koreatown LA, Flushing, Fort Lee, Atlanta, Toronto, Vancouver, Sydney, New Malden, Frankfurt, Shin-Ōkubo, Almaty, Tashkent) at banks and fintechs, telecoms, retailers and platforms, food makers, K-beauty and K-pop firms, media and agencies; Word's curly double marks most often (Korean Word and Hangul Office set to English), curly single ones from CIM centres and British-trained tutors often, straight ones from phones, Macs, Google Docs and HWP exports often, and now and then the Korean corner brackets 「」 and 『』 for a quotation; headings as Korean universities and British, American and Australian partners ask ("References", "Reference List", "REFERENCES", "Bibliography") and a Korean one now and then ("참고문헌", "참고 문헌", "참고문헌 (References)", "References / 참고문헌"), straight apostrophes often (Korean IMEs and phones), bulleted lists now and then
    "blind200": Pool(blind200_text, Blind200WorkFactory, (("“", "”"), ("“", "”"), ("“", "”"), ("“", "”"), ("‘", "’"), ("‘", "’"), ("‘", "’"), ('"', '"'), ('"', '"'), ('"', '"'), ("'", "'"), ("「", "」"), ("『", "』")),
                     ("References", "References", "References", "Reference List", "Reference list", "REFERENCES", "References:", "Bibliography", "List of References", "참고문헌", "참고 문헌", "참고문헌 (References)", "References / 참고문헌", "Reference List (Harvard)"),
                     straight_apostrophe=0.65, bullets=0.3),
    # blind201 (held out for its first tables, development data since stop 44): marketers in Czechia, Slovakia and their diaspora (Prague, Brno, Ostrava, Plzeň, Bratislava, Košice, Žilina; Vienna, London, Chicago, Toronto) at banks, telecoms, retailers, breweries, carmakers, e-commerce and agencies; Word's curly double marks most often (Czech and Slovak Word set to English), the Czech and Slovak low-high „…“ from a Czech keyboard or Word's Czech autocorrect often, curly single ones from CIM centres and British-trained tutors, straight ones from phones, Macs and Google Docs often, and now and then the »…« of Czech book typography; headings as Czech and Slovak universities and British partners ask ("References", "Reference List", "REFERENCES", "Bibliography", "List of References") and a Czech or Slovak one now and then ("Seznam literatury", "Seznam použité literatury", "Použitá literatura", "Zoznam použitej literatúry", "References / Seznam literatury"), straight apostrophes often (Czech and Slovak keyboards have no curly one), bulleted lists now and then
    "blind201": Pool(blind201_text, Blind201WorkFactory, (("“", "”"), ("“", "”"), ("“", "”"), ("“", "”"), ("„", "“"), ("„", "“"), ("„", "“"), ("‘", "’"), ("‘", "’"), ('"', '"'), ('"', '"'), ('"', '"'), ("'", "'"), ("»", "«")),
                     ("References", "References", "References", "Reference List", "Reference list", "REFERENCES", "References:", "Bibliography", "List of References", "Seznam literatury", "Seznam použité literatury", "Použitá literatura", "Zoznam použitej literatúry", "References / Seznam literatury", "References (Harvard)"),
                     straight_apostrophe=0.65, bullets=0.3),
    # blind202 (held out for its first tables, development data since stop 44): marketers in Saudi Arabia, the UAE, Qatar, Kuwait, Bahrain, Oman and their expatriate communities (Riyadh, Jeddah, Dammam, Dubai, Abu Dhabi, Sharjah, Doha, Kuwait City, Manama, Muscat) at banks, telecoms, airlines, retailers, malls, developers, giga-projects and agencies; Word's curly double marks most often (Word and Office 365 set to English (US) or (UK) in Gulf offices), curly single ones from CIM centres and British-trained tutors, straight ones from phones, Macs, Google Docs and Outlook pastes often, and now and then the Arabic guillemets « » from Arabic keyboards; headings as Gulf universities and British, American and Australian partners ask ("References", "Reference List", "REFERENCES", "Bibliography", "List of References", "References:") and an Arabic one now and then ("المراجع", "قائمة المراجع", "References / المراجع"), straight apostrophes often (phones and Arabic-English keyboards), bulleted lists now and then
    "blind202": Pool(blind202_text, Blind202WorkFactory, (("“", "”"), ("“", "”"), ("“", "”"), ("“", "”"), ("‘", "’"), ("‘", "’"), ('"', '"'), ('"', '"'), ('"', '"'), ("'", "'"), ("«", "»")),
                     ("References", "References", "References", "Reference List", "Reference list", "REFERENCES", "References:", "Bibliography", "List of References", "REFERENCE LIST", "References (Harvard)", "المراجع", "قائمة المراجع", "References / المراجع"),
                     straight_apostrophe=0.6, bullets=0.3),
    # blind203 (held out for its first tables, development data since stop 44): marketers in Mexico and the Mexican diaspora in the United States (Mexico City, Guadalajara, Monterrey, Puebla, Querétaro, Mérida, Tijuana, Cancún; Los Angeles, Chicago, Houston, San Antonio, Phoenix) at banks, telecoms, retailers, food and drink makers, cement and airlines, e-commerce and agencies; Word's curly double marks most often (Word set to English (US) or Spanish (Mexico), which uses curly doubles), straight double ones from phones, Macs and Google Docs often, curly single ones from CIM centres and British-trained tutors now and then, and the Spanish angle quotes « » now and then from Word set to Spanish (Spain); headings as Mexican universities and British and American partners ask ("References", "Reference List", "REFERENCES", "Bibliography") and a Spanish one now and then ("Referencias", "Bibliografía", "References / Referencias", "Referencias bibliográficas"), straight apostrophes often (Spanish keyboards, phones, Google Docs), bulleted lists now and then
    "blind203": Pool(blind203_text, Blind203WorkFactory, (("“", "”"), ("“", "”"), ("“", "”"), ("“", "”"), ('"', '"'), ('"', '"'), ('"', '"'), ("‘", "’"), ("‘", "’"), ("'", "'"), ("«", "»")),
                     ("References", "References", "References", "Reference List", "Reference list", "REFERENCES", "References:", "Bibliography", "Referencias", "Bibliografía", "References / Referencias", "Referencias bibliográficas", "List of References"),
                     straight_apostrophe=0.65, bullets=0.3),
    # blind204 (held out for its first tables, development data since stop 44): marketers in UK charities, NHS trusts, universities, housing associations, museums and local councils (London, Manchester, Leeds, Bristol, Glasgow, Cardiff, Belfast); Word set to English (UK) gives curly single marks most often, as British house style and CIM centres ask, curly double ones from Word's default and older templates, straight ones from Google Docs, Macs, Outlook and NHS and council laptops with autocorrect off often; headings as UK universities and CIM centres ask ("References", "Reference list", "Reference List", "REFERENCES", "Bibliography", "References (Harvard)", "List of references") and a Welsh-medium candidate's bilingual one now and then ("References / Cyfeiriadau", "Cyfeiriadau"), straight apostrophes often (work laptops and Google Docs), bulleted lists now and then (slide-deck habits from board papers)
    "blind204": Pool(blind204_text, Blind204WorkFactory, (("‘", "’"), ("‘", "’"), ("‘", "’"), ("‘", "’"), ("“", "”"), ("“", "”"), ("“", "”"), ("'", "'"), ("'", "'"), ('"', '"'), ('"', '"')),
                     ("References", "References", "References", "Reference list", "Reference List", "REFERENCES", "References:", "Bibliography", "List of references", "References (Harvard)", "Reference list (Cite Them Right Harvard)", "References / Cyfeiriadau", "Cyfeiriadau"),
                     straight_apostrophe=0.5, bullets=0.3),
    # blind205 (held out for its first tables, development data since stop 44): marketers in B2B software, SaaS, fintech and deep-tech start-ups and scale-ups (London, Dublin, Berlin, Amsterdam, Stockholm, Tel Aviv, Bangalore, Austin, Toronto); straight double marks most often (Google Docs, Notion, Markdown editors and Macs, where these candidates draft), Word's curly double ones often (US English), curly single ones from UK and Irish CIM centres now and then, straight single ones from Slack and Confluence pastes; headings as UK, Irish, European and North American business schools ask ("References", "Reference List", "Reference list", "REFERENCES", "References:", "Bibliography", "Sources", "Works Cited"), straight apostrophes often (Google Docs, Notion, code editors, phones), bulleted lists often (slide-deck habits)
    "blind205": Pool(blind205_text, Blind205WorkFactory, (('"', '"'), ('"', '"'), ('"', '"'), ('"', '"'), ("“", "”"), ("“", "”"), ("“", "”"), ("‘", "’"), ("‘", "’"), ("'", "'")),
                     ("References", "References", "References", "Reference List", "Reference list", "REFERENCES", "References:", "Bibliography", "Sources", "Works Cited", "List of References"),
                     straight_apostrophe=0.7, bullets=0.35),
    # blind206 (held out for its first tables, development data since stop 44): marketers in sport, music, festivals and entertainment in the UK, Ireland, Spain, Germany and the United States (football and rugby clubs, leagues, record labels, promoters, streaming services, venues, esports teams) writing CIM Level 6 and 7 reports and MBA assignments in English; curly single marks from British and Irish CIM centres and Word set to English (UK) most often, Word's curly doubles from Word set to English (US) in the US, Spain and Germany often, straight ones from phones, Macs and Google Docs often, and now and then the German low-high „…“ from Word set to German; headings as UK, Irish, Spanish, German and American business schools ask ("References", "Reference List", "REFERENCES", "Bibliography", "Works Cited" from US programmes, "References (Harvard)"), straight apostrophes fairly often (phones, Google Docs, Spanish and German keyboards), bulleted lists now and then in reports written for club and label boards
    "blind206": Pool(blind206_text, Blind206WorkFactory, (("‘", "’"), ("‘", "’"), ("‘", "’"), ("‘", "’"), ("“", "”"), ("“", "”"), ("“", "”"), ("'", "'"), ('"', '"'), ('"', '"'), ("„", "“")),
                     ("References", "References", "References", "Reference List", "Reference list", "REFERENCES", "References:", "Bibliography", "List of References", "Works Cited", "References (Harvard)", "Reference List (Harvard)"),
                     straight_apostrophe=0.5, bullets=0.3),
    # blind207 (held out for its first tables, development data since stop 44): marketers in healthcare, pharmaceuticals, medtech and consumer health in the UK, Ireland, Germany, Switzerland and the Nordics (NHS suppliers, pharma brands, over-the-counter medicines, private clinics, digital health start-ups) writing CIM Level 6 and 7 reports and MBA assignments in English; curly single marks most often (Word set to English (UK) in British and Irish firms, as CIM centres and NHS house style ask), Word's curly doubles often (English (US) settings in multinational pharma and in German, Swiss and Nordic offices), straight ones from company laptops with autocorrect off, Macs, Teams and Veeva pastes often, and now and then the German low-high „…“ and the Swiss and Nordic guillemets «…» and ”…” from Word set to German, Swiss German or Swedish; headings as UK, Irish, German, Swiss and Nordic business schools ask ("References", "Reference list", "Reference List", "REFERENCES", "Bibliography", "References (Harvard)", "List of references", "Literature" from German-trained candidates), straight apostrophes fairly often (company laptops, German and Nordic keyboards), bulleted lists often (slide-deck habits from brand plans and medical-affairs decks)
    "blind207": Pool(blind207_text, Blind207WorkFactory, (("‘", "’"), ("‘", "’"), ("‘", "’"), ("‘", "’"), ("“", "”"), ("“", "”"), ("“", "”"), ("'", "'"), ('"', '"'), ('"', '"'), ("„", "“"), ("«", "»"), ("”", "”")),
                     ("References", "References", "References", "Reference list", "Reference List", "REFERENCES", "References:", "Bibliography", "List of references", "References (Harvard)", "Reference list (Harvard)", "Literature", "Sources"),
                     straight_apostrophe=0.5, bullets=0.35),
    # blind208 (held out for its first tables, development data since stop 44): marketers in luxury, fashion, beauty and fragrance houses and retailers (maisons, department stores, resale platforms, beauty start-ups) in Paris, Milan, London, Geneva, Dubai and New York writing CIM Level 6 and 7 reports and MBA assignments in English; curly single marks most often (Word set to English (UK) in London and at CIM centres), Word's curly doubles often (English (US) in New York and Dubai, and French and Italian Word set to English), straight ones from Macs, phones and Google Docs fairly often, and now and then the French and Italian guillemets « » that Word keeps from its home language; headings as UK, French, Italian, Swiss and American business schools ask ("References", "Reference List", "REFERENCES", "Bibliography", "Bibliographie" from French programmes, "Works Cited" from US ones, "References (Harvard)"), straight apostrophes fairly often (French and Italian keyboards, phones, Macs), bulleted lists fairly often (slide-deck habits of brand teams)
    "blind208": Pool(blind208_text, Blind208WorkFactory, (("‘", "’"), ("‘", "’"), ("‘", "’"), ("‘", "’"), ("“", "”"), ("“", "”"), ("“", "”"), ("'", "'"), ('"', '"'), ('"', '"'), ("« ", " »")),
                     ("References", "References", "References", "Reference List", "Reference list", "REFERENCES", "References:", "Bibliography", "List of References", "Works Cited", "References (Harvard)", "Bibliographie", "Reference List (Harvard)"),
                     straight_apostrophe=0.55, bullets=0.35),
    # blind209 (held out for its first tables, development data since stop 44): marketers in eastern India (Kolkata, Bhubaneswar, Guwahati, Patna, Ranchi, Siliguri) and the Bengali and Odia diaspora (Dhaka, London, New Jersey, Toronto) at FMCG firms, tea estates, banks, retailers, telecoms, media houses and agencies writing CIM Level 6 and 7 reports and MBA assignments in English; curly single marks from Word set to English (UK) or English (India) most often, Word's curly doubles often (Word set to English (US), as many Indian laptops ship), straight ones from phones, Google Docs and WhatsApp pastes fairly often; headings as Indian business schools, Bangladeshi universities and UK CIM centres ask ("References", "REFERENCES", "Bibliography" (many Indian MBA programmes), "References:", "Reference List", "Webliography" from Indian colleges, "List of References"), straight apostrophes fairly often (phones, Google Docs), bulleted lists now and then (slide-deck and viva habits)
    "blind209": Pool(blind209_text, Blind209WorkFactory, (("‘", "’"), ("‘", "’"), ("‘", "’"), ("“", "”"), ("“", "”"), ("“", "”"), ("'", "'"), ('"', '"'), ('"', '"')),
                     ("References", "References", "References", "REFERENCES", "Bibliography", "Bibliography", "References:", "Reference List", "Reference list", "List of References", "Webliography", "BIBLIOGRAPHY"),
                     straight_apostrophe=0.5, bullets=0.3),
    # blind210 (held out for its first tables, development data since stop 45): marketers in Scotland's food, drink, tourism and creative industries (whisky distilleries, salmon and seafood firms, VisitScotland, Edinburgh's festivals, Highland estates, island ferries, Glasgow agencies) and the Scottish diaspora (Canada, the US, Australia, New Zealand) writing CIM Level 6 and 7 reports and MBA assignments in English; curly single marks most often (Word set to English (UK), as Scottish universities and CIM centres ask), Word's curly doubles fairly often (diaspora laptops set to English (US) or English (Canada)), straight ones from Macs, phones and Google Docs in agencies fairly often; headings as Scottish universities and CIM centres ask ("References", "Reference List", "Reference list", "REFERENCES", "References:", "Bibliography", "List of References", "Reference List (Harvard)"), straight apostrophes fairly often (agency Macs, phones), bulleted lists fairly often (slide-deck habits of agencies and tourism bodies)
    "blind210": Pool(blind210_text, Blind210WorkFactory, (("‘", "’"), ("‘", "’"), ("‘", "’"), ("‘", "’"), ("“", "”"), ("“", "”"), ("'", "'"), ('"', '"'), ('"', '"')),
                     ("References", "References", "References", "Reference List", "Reference list", "REFERENCES", "References:", "Bibliography", "List of References", "Reference List (Harvard)"),
                     straight_apostrophe=0.45, bullets=0.3),
    # blind211 (held out for its first tables, development data since stop 45): marketers in Canada's Prairie and Atlantic provinces and in Indigenous-owned businesses (Winnipeg, Regina, Saskatoon, Calgary, Edmonton, Halifax, Moncton, St. John's, Charlottetown) at credit unions, co-operatives, energy and agri-food firms, fisheries, tourism operators and agencies writing CIM Level 6 and 7 reports and MBA assignments in English; Word's curly doubles most often (Word set to English (Canada) or English (US), and Canadian schools teach double marks), curly singles often (CIM centres and UK-trained tutors ask for them), straight ones from Google Docs, Chromebooks and phones fairly often, and now and then French guillemets « » from Acadian writers' French keyboards; headings as Canadian business schools and CIM centres ask ("References", "Reference List", "REFERENCES", "References:", "Works Cited" from MLA-trained undergraduates, "Bibliography", "Reference list (Harvard)"), straight apostrophes fairly often (Google Docs, phones), bulleted lists now and then (slide-deck habits)
    "blind211": Pool(blind211_text, Blind211WorkFactory, (("“", "”"), ("“", "”"), ("“", "”"), ("“", "”"), ("‘", "’"), ("‘", "’"), ("‘", "’"), ('"', '"'), ('"', '"'), ("'", "'"), ("« ", " »")),
                     ("References", "References", "References", "Reference List", "Reference list", "REFERENCES", "References:", "Works Cited", "Bibliography", "Reference list (Harvard)", "List of References"),
                     straight_apostrophe=0.5, bullets=0.3),
    # blind212 (held out for its first tables, development data since stop 45): marketers in UK universities' and colleges' international student recruitment (London, Manchester, Birmingham, Nottingham, Sheffield) and their agents and partners (Lagos, Delhi, Hyderabad, Shanghai, Ho Chi Minh City, Karachi) writing CIM Level 6 and 7 reports and MBA assignments in English; curly single marks most often (Word set to English (UK) on university laptops), Word's curly doubles often (agents' and overseas staff's Word set to English (US) or English (India)), straight ones from Google Docs, Teams and WhatsApp pastes fairly often; headings as UK business schools and CIM centres ask ("References", "Reference List", "Reference list", "REFERENCES", "References:", "Bibliography" from candidates schooled in Nigeria, India and Pakistan, "List of References", "References (Harvard)"), straight apostrophes fairly often (phones, Google Docs, CRM exports), bulleted lists now and then (slide-deck and board-paper habits)
    "blind212": Pool(blind212_text, Blind212WorkFactory, (("‘", "’"), ("‘", "’"), ("‘", "’"), ("‘", "’"), ("“", "”"), ("“", "”"), ("“", "”"), ("'", "'"), ('"', '"'), ('"', '"')),
                     ("References", "References", "References", "Reference List", "Reference list", "REFERENCES", "References:", "Bibliography", "Bibliography", "List of References", "References (Harvard)"),
                     straight_apostrophe=0.5, bullets=0.3),
    # blind213 (held out for its first tables, development data since stop 45): marketers in pet care, veterinary practice groups and animal health in the UK, Ireland, the Netherlands and the United States (pet-food makers, pet retailers and insurers, vet groups, equine and farm-animal health firms, rescue charities, Crufts and agencies) writing CIM Level 6 and 7 reports and MBA assignments in English; curly single marks most often (Word set to English (UK) in British and Irish offices and practices), Word's curly doubles fairly often (US colleagues' and Dutch staff's Word set to English (US)), straight ones from Google Docs, practice-management systems and Teams pastes fairly often; headings as UK business schools and CIM centres ask ("References", "Reference List", "Reference list", "REFERENCES", "References:", "Bibliography", "List of References", "References (Harvard)", "Reference List (Harvard)"), straight apostrophes fairly often (phones, Google Docs, clinic laptops), bulleted lists now and then (board-paper and client-newsletter habits)
    "blind213": Pool(blind213_text, Blind213WorkFactory, (("‘", "’"), ("‘", "’"), ("‘", "’"), ("‘", "’"), ("“", "”"), ("“", "”"), ("'", "'"), ("'", "'"), ('"', '"')),
                     ("References", "References", "References", "Reference List", "Reference list", "REFERENCES", "References:", "Bibliography", "List of References", "References (Harvard)", "Reference List (Harvard)"),
                     straight_apostrophe=0.45, bullets=0.3),
    # blind214 (held out for its first tables, development data since stop 45): marketers at airlines, airports, cruise lines, rail operators, tour operators, online travel agencies and hotel groups in the UK, Ireland, Germany, the Gulf, Singapore and the United States (loyalty, revenue, brand and distribution teams) writing CIM Level 6 and 7 reports and MBA assignments in English; curly single marks most often (Word set to English (UK) in London, Dublin and Singapore, as CIM centres ask), Word's curly doubles often (English (US) in the US and at Gulf carriers, German Word set to English), straight ones from Macs, Teams, phones and Google Docs fairly often, and now and then the German low-high „…“ that Word keeps from its home language in Frankfurt and Munich; headings as UK, Irish, German, Gulf, Singaporean and American business schools and CIM centres ask ("References", "Reference List", "Reference list", "REFERENCES", "References:", "Bibliography", "List of References", "Works Cited" from US programmes, "References (Harvard)", "Literaturverzeichnis / References" now and then from German ones), straight apostrophes fairly often (airline laptops on German and US keyboards, phones, Teams pastes), bulleted lists fairly often (board-paper and slide-deck habits of revenue and network teams)
    "blind214": Pool(blind214_text, Blind214WorkFactory, (("‘", "’"), ("‘", "’"), ("‘", "’"), ("‘", "’"), ("“", "”"), ("“", "”"), ("“", "”"), ("'", "'"), ('"', '"'), ('"', '"'), ("„", "“")),
                     ("References", "References", "References", "Reference List", "Reference list", "REFERENCES", "References:", "Bibliography", "List of References", "Works Cited", "References (Harvard)", "Literaturverzeichnis / References"),
                     straight_apostrophe=0.5, bullets=0.35),
    # blind215 (held out for its first tables, development data since stop 45): marketers in Romania, Bulgaria, Moldova and Ukraine and their diaspora (Bucharest, Cluj-Napoca, Iași, Timișoara, Sofia, Plovdiv, Varna, Chișinău, Kyiv, Lviv, Odesa, Dnipro; London, Madrid, Turin, Toronto) at banks and fintechs, telecoms, retailers, FMCG and wine makers, IT outsourcing firms, logistics and agencies writing CIM Level 6 and 7 reports and MBA assignments in English; Word's curly doubles and singles most often (Word set to English), the region's low-high marks („ ” from Romanian keyboards, „ “ from Bulgarian and Ukrainian ones) and « » (Ukrainian and Russian layouts) now and then, straight ones from Google Docs and Teams pastes; headings as the region's universities and CIM centres ask ("References", "Bibliography" most of all, as Romanian, Bulgarian and Ukrainian faculties call the list, "Reference list", "REFERENCES", "Bibliografie" left from a Romanian template, "List of references", "Sources"), straight apostrophes often (phones, Cyrillic and Romanian layouts with no curly apostrophe key), bulleted lists fairly often (slide-deck and board-paper habits)
    "blind215": Pool(blind215_text, Blind215WorkFactory, (("“", "”"), ("“", "”"), ("“", "”"), ("‘", "’"), ("‘", "’"), ("„", "”"), ("„", "“"), ("«", "»"), ('"', '"'), ('"', '"'), ("'", "'")),
                     ("References", "References", "References", "Bibliography", "Bibliography", "Reference list", "Reference List", "REFERENCES", "BIBLIOGRAPHY", "References:", "Bibliografie", "List of references", "Sources"),
                     straight_apostrophe=0.6, bullets=0.35),
    # blind216 (held out for its first tables, development data since stop 46): marketers at car makers, electric-vehicle start-ups, dealer groups, leasing and subscription firms, charging networks, tyre and parts makers and mobility apps in the UK, Germany, France, Sweden, China and Japan writing CIM Level 6 and 7 reports and MBA assignments in English; curly single marks most often (Word set to English (UK) at British makers, dealer groups and leasing firms, as CIM centres ask), Word's curly doubles often (German, Swedish, Chinese and Japanese colleagues' Word set to English (US)), German low-high marks („ “) now and then from German keyboards, straight ones from Teams, Confluence, phones and Google Docs fairly often; headings as UK business schools and CIM centres ask ("References" most of all, "Reference list", "Reference List", "REFERENCES", "References:", "Bibliography" from German and French habits, "List of References", "References (Harvard)", "Literaturverzeichnis" left from a German template), straight apostrophes fairly often (German, Swedish and Chinese keyboards and Macs), bulleted lists fairly often (slide-deck and board-paper habits at makers and dealer groups)
    "blind216": Pool(blind216_text, Blind216WorkFactory, (("‘", "’"), ("‘", "’"), ("‘", "’"), ("‘", "’"), ("“", "”"), ("“", "”"), ("“", "”"), ("„", "“"), ("'", "'"), ('"', '"'), ('"', '"')),
                     ("References", "References", "References", "Reference list", "Reference List", "REFERENCES", "References:", "Bibliography", "List of References", "References (Harvard)", "Literaturverzeichnis"),
                     straight_apostrophe=0.5, bullets=0.35),
    # blind217 (held out for its first tables, development data since stop 46): marketers in Ethiopia, Kenya, Rwanda and Somalia and their diaspora (Addis Ababa, Hawassa, Bahir Dar, Nairobi, Mombasa, Kisumu, Kigali, Hargeisa, Mogadishu; London, Minneapolis, Washington DC, Toronto, Stockholm) at banks, mobile-money and fintech firms, airlines, coffee and tea exporters, breweries, telecoms, flower growers, NGOs and agencies writing CIM Level 6 and 7 reports and MBA assignments in English; Word's curly doubles most often (Word set to English (US) on office laptops), curly singles from British-trained tutors and UK CIM centres, straight ones often (phones, Google Docs, WhatsApp and Teams pastes); headings as Kenyan, Ethiopian and Rwandan universities and CIM centres ask ("References", "REFERENCES", "Reference List", "Bibliography", "List of References", "References:", "Works Cited" from US programmes in the diaspora), straight apostrophes often (phones and shared laptops), bulleted lists fairly often (board-paper and slide habits)
    "blind217": Pool(blind217_text, Blind217WorkFactory, (("“", "”"), ("“", "”"), ("“", "”"), ("‘", "’"), ("‘", "’"), ('"', '"'), ('"', '"'), ('"', '"'), ("'", "'")),
                     ("References", "References", "References", "REFERENCES", "REFERENCES", "Reference List", "Bibliography", "List of References", "References:", "Works Cited"),
                     straight_apostrophe=0.6, bullets=0.3),
    # blind218 (held out for its first tables, development data since stop 46): marketers at supermarkets, discounters, convenience chains, online grocers, food and drink brands and their agencies in the UK, Ireland, Germany and Australia (Tesco, Sainsbury's, Asda, Aldi, Lidl, Ocado, Co-op, Dunnes Stores, SuperValu, Rewe, Edeka, Woolworths, Coles) writing CIM Level 6 and 7 reports and MBA assignments in English; Word's curly singles most of all (British and Irish Word), curly doubles often (Australian and German writers, Word set to US English), straight ones from Google Docs, Teams and PowerPoint pastes, the German low-high pair now and then; headings as UK, Irish and Australian business schools and CIM centres ask ("References" most of all, "Reference list", "Reference List", "REFERENCES", "References:", "Bibliography", "Harvard reference list", "Sources" from a slide-deck habit), straight apostrophes fairly often (phones, Google Docs, German keyboards), bulleted lists often (category reviews and board papers are written in bullets)
    "blind218": Pool(blind218_text, Blind218WorkFactory, (("‘", "’"), ("‘", "’"), ("‘", "’"), ("‘", "’"), ("“", "”"), ("“", "”"), ("“", "”"), ("'", "'"), ('"', '"'), ('"', '"'), ("„", "“")),
                     ("References", "References", "References", "References", "Reference list", "Reference List", "REFERENCES", "References:", "Bibliography", "Harvard reference list", "Sources"),
                     straight_apostrophe=0.45, bullets=0.4),
    # blind219 (held out for its first tables, development data since stop 46): marketers at construction firms, architecture practices, engineering consultancies, building-materials and HVAC manufacturers, proptech start-ups and builders' merchants in the UK, Ireland, the Nordics and the Gulf (Balfour Beatty, Kier, Arup, Mott MacDonald, Kingspan, Travis Perkins, Velux, Skanska, Saint-Gobain, Aldar) writing CIM Level 6 and 7 reports and MBA assignments in English; Word's curly singles most of all (British and Irish Word set to English (UK), as CIM centres ask), curly doubles often (Nordic and Gulf colleagues' Word set to English (US)), straight ones from Teams, site tablets, Asite and Procore pastes and Google Docs fairly often, the Swedish and Finnish right-pointing pair ” ” now and then, the Danish and Norwegian guillemets » « or « » rarely; headings as UK, Irish, Nordic and Gulf business schools and CIM centres ask ("References" most of all, "Reference list", "Reference List", "REFERENCES", "References:", "Bibliography", "List of References", "Sources" from bid-document habit, "Referenser" left from a Swedish template), straight apostrophes fairly often (site tablets, phones, Nordic and Arabic keyboards), bulleted lists often (bid, board-paper and slide-deck habits)
    "blind219": Pool(blind219_text, Blind219WorkFactory, (("‘", "’"), ("‘", "’"), ("‘", "’"), ("‘", "’"), ("“", "”"), ("“", "”"), ("“", "”"), ("'", "'"), ('"', '"'), ('"', '"'), ("”", "”"), ("»", "«")),
                     ("References", "References", "References", "References", "Reference list", "Reference List", "REFERENCES", "References:", "Bibliography", "List of References", "Sources", "Referenser"),
                     straight_apostrophe=0.5, bullets=0.4),
    # blind220 (held out for its first tables, development data since stop 46): marketers in Central America and its diaspora (Guatemala City, Quetzaltenango, San Salvador, Tegucigalpa, San Pedro Sula, Managua, San José, Heredia, Panama City, Colón, Belize City; Los Angeles, Houston, Miami, Washington DC, Madrid) at banks and cooperatives, remittance firms, coffee, banana and sugar exporters, breweries, telecoms, retailers, tourism boards and agencies writing CIM Level 6 and 7 reports and MBA assignments in English; Word's curly doubles most often (Word in Spanish and US English sets “ ” by default), curly singles from UK-trained tutors and CIM centres, straight ones often (phones, Google Docs, WhatsApp pastes), Spanish angle quotes now and then from Spanish-language Word; headings as the region's universities, INCAE and CIM centres ask ("References" most of all, "REFERENCES", "Reference List", "Bibliography", "References:", "Referencias" left from a Spanish template, "Works Cited" from US programmes in the diaspora), straight apostrophes often (Spanish keyboards and phones), bulleted lists fairly often (slide and board-paper habits)
    "blind220": Pool(blind220_text, Blind220WorkFactory, (("“", "”"), ("“", "”"), ("“", "”"), ("‘", "’"), ("‘", "’"), ('"', '"'), ('"', '"'), ("'", "'"), ("«", "»")),
                     ("References", "References", "References", "REFERENCES", "Reference List", "Bibliography", "References:", "Referencias", "Works Cited"),
                     straight_apostrophe=0.55, bullets=0.3),
    # blind221 (held out for its first tables, development data since stop 46): marketers at publishers, newspapers, magazines, podcast networks, bookshops, audiobook and streaming services and literary agencies in the UK, Ireland, the United States and Australia (Penguin Random House, HarperCollins, Bloomsbury, Faber & Faber, Hachette UK, Pan Macmillan, Waterstones, Audible, Spotify, Reach plc, Guardian Media Group, Condé Nast, Future plc) writing CIM Level 6 and 7 reports and MBA assignments in English; Word's curly singles most of all (British and Irish publishers' Word, and house style at most UK publishers and newspapers), curly doubles often (American and Australian writers, Word set to English (US), and New York offices), straight ones from Google Docs, Slack, Teams and content-management pastes; headings as UK, Irish, American and Australian business schools and CIM centres ask ("References" most of all, "Reference list", "Reference List", "REFERENCES", "References:", "Bibliography" from English-literature graduates, "Works Cited" from MLA-trained American writers, "Sources" from a newsroom habit), straight apostrophes fairly often (Macs in newsrooms and agencies, phones, Google Docs), bulleted lists fairly often (launch plans and board papers are written in bullets)
    "blind221": Pool(blind221_text, Blind221WorkFactory, (("‘", "’"), ("‘", "’"), ("‘", "’"), ("‘", "’"), ("“", "”"), ("“", "”"), ("“", "”"), ("'", "'"), ('"', '"'), ('"', '"')),
                     ("References", "References", "References", "References", "Reference list", "Reference List", "REFERENCES", "References:", "Bibliography", "Bibliography", "Works Cited", "Sources"),
                     straight_apostrophe=0.45, bullets=0.35),
    # blind222 (held out for its first tables, development data since stop 46): marketers at gym chains, boutique studios, leisure trusts, fitness apps, wearables makers, sports-nutrition brands and running and cycling events in the UK, Ireland, the Netherlands, Australia and the United States (PureGym, The Gym Group, David Lloyd Clubs, Better, Les Mills, Peloton, Strava, WHOOP, Garmin, Myprotein, Huel, parkrun) writing CIM Level 6 and 7 reports and MBA assignments in English; Word's curly singles most of all (British and Irish Word), curly doubles often (American and Australian writers, Word set to English (US)), straight ones from Google Docs, Notion and phone drafts typed between shifts on the gym floor; headings as UK, Irish, Dutch, Australian and American business schools and CIM centres ask ("References" most of all, "Reference list", "Reference List", "REFERENCES", "References:", "Bibliography", "Harvard references" from some Irish and Australian schools, "Sources" from operations staff), straight apostrophes fairly often (phones, Macs, Google Docs), bulleted lists often (membership plans, campaign calendars and board papers are written in bullets)
    "blind222": Pool(blind222_text, Blind222WorkFactory, (("‘", "’"), ("‘", "’"), ("‘", "’"), ("‘", "’"), ("“", "”"), ("“", "”"), ("“", "”"), ("'", "'"), ('"', '"'), ('"', '"')),
                     ("References", "References", "References", "References", "Reference list", "Reference List", "REFERENCES", "References:", "Bibliography", "Harvard references", "Sources"),
                     straight_apostrophe=0.5, bullets=0.4),
    # blind223 (held out for its first tables, development data since stop 46): marketers in Malta, Gibraltar, Jersey and Guernsey and their diaspora (Valletta, Sliema, St Julian's, Gozo, St Helier, St Peter Port; London, Melbourne, Toronto) at banks and funds, iGaming and payments firms, insurers, hotels and tourism boards, airlines, telecoms, retailers, breweries and agencies writing CIM Level 6 and 7 reports and MBA assignments in English; Word set to English (UK) or English (Malta) gives curly singles most of all, curly doubles often (Word set to English (US), the Maltese habit of double marks from school), straight ones from Outlook, Teams, Google Docs and phones; headings as Maltese, Gibraltarian, Channel Islands and UK centres ask ("References" most of all, "Reference List", "Reference list", "REFERENCES", "References:", "Bibliography" from University of Malta habit, "List of References" from Maltese dissertations), straight apostrophes fairly often (phones, Teams and Google Docs in iGaming and agency offices), bulleted lists fairly often (board papers and marketing plans)
    "blind223": Pool(blind223_text, Blind223WorkFactory, (("‘", "’"), ("‘", "’"), ("‘", "’"), ("‘", "’"), ("“", "”"), ("“", "”"), ("“", "”"), ("'", "'"), ('"', '"'), ('"', '"')),
                     ("References", "References", "References", "References", "Reference List", "Reference list", "REFERENCES", "References:", "Bibliography", "Bibliography", "List of References"),
                     straight_apostrophe=0.45, bullets=0.3),
    # blind224 (held out for its first tables, development data since stop 46): marketers at toy makers, games and puzzle publishers, children's publishers and licensing agencies, baby and nursery brands, toy retailers and children's entertainment studios in the UK, Denmark, Germany, the United States and Japan (LEGO, Mattel, Hasbro, Bandai Namco, Ravensburger, Playmobil, Smyths Toys, The Entertainer, Hamleys, Moonpig, Mothercare, Entertainment One) writing CIM Level 6 and 7 reports and MBA assignments in English; Word's curly singles most of all (British offices and UK business schools), curly doubles often (American offices, Word set to English (US), Danish and Japanese writers taught American English), straight ones from Google Docs, Slack, Teams and Confluence pastes, German low-high quotes now and then from a German keyboard; headings as UK, Danish, German, American and Japanese-trained writers and CIM centres use them ("References" most of all, "Reference list", "Reference List", "REFERENCES", "References:", "Bibliography", "Sources", "Literaturverzeichnis" once in a while from German offices), straight apostrophes fairly often (Macs in studios and agencies, Google Docs, phones), bulleted lists fairly often (range reviews and licensing plans are written in bullets)
    "blind224": Pool(blind224_text, Blind224WorkFactory, (("‘", "’"), ("‘", "’"), ("‘", "’"), ("‘", "’"), ("“", "”"), ("“", "”"), ("“", "”"), ("'", "'"), ('"', '"'), ('"', '"'), ("„", "“")),
                     ("References", "References", "References", "References", "Reference list", "Reference List", "REFERENCES", "References:", "Bibliography", "Sources", "Literaturverzeichnis"),
                     straight_apostrophe=0.5, bullets=0.4),
    # blind225 (held out for its first tables, development data since stop 47): marketers in later-life services in the UK, Ireland, Australia and Canada (care-home groups and home-care providers, retirement villages, funeral directors and funeral-plan firms, equity-release and annuity providers, hearing-aid and mobility retailers and age charities: Care UK, HC-One, Barchester, Anchor, McCarthy Stone, Audley Villages, Dignity, Co-op Funeralcare, Pure Cremation, Just Group, Legal & General, Specsavers Audiology, Amplifon, Age UK, Independent Age) writing CIM Level 6 and 7 reports and MBA assignments in English; Word's curly singles most of all (British and Irish Word, house style at charities and care groups), curly doubles often (Australian and Canadian writers, Word set to English (US)), straight ones from Outlook, Teams and Google Docs pastes and from older managers on laptops set up years ago; headings as UK, Irish, Australian and Canadian centres use them ("References" most of all, "Reference list", "Reference List", "REFERENCES", "References:", "Bibliography", "Sources"), straight apostrophes fairly often (Google Docs, phones, Macs), bulleted lists fairly often (care managers write findings and action plans in bullets)
    "blind225": Pool(blind225_text, Blind225WorkFactory, (("‘", "’"), ("‘", "’"), ("‘", "’"), ("‘", "’"), ("“", "”"), ("“", "”"), ("“", "”"), ("'", "'"), ('"', '"'), ('"', '"')),
                     ("References", "References", "References", "References", "Reference list", "Reference List", "REFERENCES", "References:", "Bibliography", "Sources"),
                     straight_apostrophe=0.5, bullets=0.35),
    # blind226 (held out for its first tables, development data since stop 47): marketers in Bolivia, Ecuador and Paraguay and their diaspora (La Paz, El Alto, Santa Cruz, Cochabamba, Quito, Guayaquil, Cuenca, Asunción, Ciudad del Este; Madrid, Buenos Aires, São Paulo, New York, Milan) at banks and cooperatives, mobile operators, breweries, supermarkets, cacao, coffee, quinoa, banana and shrimp exporters, airlines and tourism boards writing CIM Level 6 and 7 reports and MBA assignments in English; curly doubles most of all (Word set to Spanish or English (US), as Latin American schools teach), curly singles often (UK business schools and CIM centres), straight ones from Google Docs, WhatsApp and Teams pastes, Spanish angle quotes now and then from a Spanish keyboard; headings as these writers use them ("References" most of all, "Reference list", "REFERENCES", "References:", "Bibliography", "Bibliografía" and "Referencias" once in a while from Spanish templates), straight apostrophes often (Google Docs, phones, Spanish keyboards), bulleted lists fairly often
    "blind226": Pool(blind226_text, Blind226WorkFactory, (("“", "”"), ("“", "”"), ("“", "”"), ("“", "”"), ("‘", "’"), ("‘", "’"), ("‘", "’"), ('"', '"'), ('"', '"'), ("'", "'"), ("«", "»")),
                     ("References", "References", "References", "References", "Reference list", "REFERENCES", "References:", "Bibliography", "Bibliografía", "Referencias"),
                     straight_apostrophe=0.55, bullets=0.35),
    # blind227 (held out for its first tables, development data since stop 47): marketers at aerospace, defence and space firms and their suppliers in the UK, France, Germany, Italy, Sweden and the United States (BAE Systems, Airbus, Rolls-Royce, Leonardo, Thales, Saab, Babcock, QinetiQ, GKN Aerospace, Spirit AeroSystems, Surrey Satellite Technology, OneWeb, Orbex, Reaction Engines, Boeing, Lockheed Martin) writing CIM Level 6 and 7 reports and MBA assignments in English; Word's curly singles most of all (British primes and UK business schools), curly doubles often (American primes, Word set to English (US), French, Italian and Swedish writers taught American English), straight ones from locked-down defence laptops, Teams and SharePoint pastes, French guillemets once in a while from an AZERTY keyboard in Toulouse or Paris; headings as UK, European and American writers and CIM centres use them ("References" most of all, "Reference list", "Reference List", "REFERENCES", "References:", "Bibliography", "Sources"), straight apostrophes fairly often (secure networks with plain-text tools, Teams), bulleted lists often (bid summaries and stakeholder plans are written in bullets)
    "blind227": Pool(blind227_text, Blind227WorkFactory, (("‘", "’"), ("‘", "’"), ("‘", "’"), ("‘", "’"), ("“", "”"), ("“", "”"), ("“", "”"), ("'", "'"), ("'", "'"), ('"', '"'), ("« ", " »")),
                     ("References", "References", "References", "References", "Reference list", "Reference List", "REFERENCES", "References:", "Bibliography", "Sources"),
                     straight_apostrophe=0.5, bullets=0.4),
    # blind228 (held out for its first tables, development data since stop 47): marketers in Fiji, Samoa, Tonga, Vanuatu and the Solomon Islands and their diaspora (Suva, Nadi, Lautoka, Apia, Nukuʻalofa, Port Vila, Honiara; Auckland, Sydney, Brisbane, Salt Lake City, Honolulu) at banks and remittance firms, telecoms, airlines, resorts and tourism boards, breweries, kava and water exporters, retailers and NGOs writing CIM Level 6 and 7 reports and MBA assignments in English; Word's curly singles most of all (USP, FNU and New Zealand and Australian teaching in British style), curly doubles often (Word set to English (US), American-trained writers in Honolulu and Salt Lake City), straight ones often from Google Docs, phones and shared office PCs; headings as USP, FNU and diaspora business schools use them ("References" most of all, "Reference list", "Reference List", "REFERENCES", "References:", "Bibliography"), straight apostrophes often (phones, Google Docs, Facebook and WhatsApp pastes), bulleted lists fairly often (recommendations and action plans)
    "blind228": Pool(blind228_text, Blind228WorkFactory, (("‘", "’"), ("‘", "’"), ("‘", "’"), ("‘", "’"), ("“", "”"), ("“", "”"), ("“", "”"), ("'", "'"), ("'", "'"), ('"', '"'), ('"', '"')),
                     ("References", "References", "References", "References", "Reference list", "Reference List", "REFERENCES", "References:", "Bibliography", "References"),
                     straight_apostrophe=0.55, bullets=0.35),
    # blind229 (held out for its first tables, development data since stop 47): marketers at farm-machinery makers and dealers, agritech start-ups, seed, crop-protection and fertiliser firms, feed makers, co-operatives and farm-data platforms in the UK, Ireland, Germany, the Netherlands, Denmark, the United States and New Zealand (John Deere, CLAAS, AGCO, CNH Industrial, Kubota, JCB Agriculture, Bayer Crop Science, Syngenta, Yara, Corteva, ForFarmers, Agrii, Frontier Agriculture, Gallagher) writing CIM Level 6 and 7 reports and MBA assignments in English; Word's curly singles most of all (UK and Irish writers), curly doubles often (American and New Zealand writers, Word set to English (US), Dutch, German and Danish writers taught American English), straight ones from dealer-management systems, farm offices' older PCs and pastes from Teams and WhatsApp, German low-high quotes once in a while from a German keyboard; headings as UK, European and American writers and CIM centres use them ("References" most of all, "Reference list", "Reference List", "REFERENCES", "Bibliography", "References:"), straight apostrophes often (farm-office PCs, phones and plain-text tools), bulleted lists fairly often (dealer plans and campaign summaries are written in bullets)
    "blind229": Pool(blind229_text, Blind229WorkFactory, (("‘", "’"), ("‘", "’"), ("‘", "’"), ("‘", "’"), ("“", "”"), ("“", "”"), ("“", "”"), ("'", "'"), ("'", "'"), ('"', '"'), ("„", "“")),
                     ("References", "References", "References", "References", "Reference list", "Reference List", "REFERENCES", "Bibliography", "References:"),
                     straight_apostrophe=0.55, bullets=0.35),
    # blind230 (held out for its first tables, development data since stop 47): marketers at chemical, plastics, coatings and packaging companies and their distributors in the UK, Germany, Belgium, the Netherlands, Switzerland, India and the United States (BASF, INEOS, Dow, Covestro, Evonik, Solvay, Syensqo, Croda, Johnson Matthey, AkzoNobel, Sika, Clariant, DS Smith, Mondi, Amcor, Smurfit Westrock, Tetra Pak, Reliance Industries) writing CIM Level 6 and 7 reports and MBA assignments in English; Word's curly singles most of all (UK business schools and CIM centres), curly doubles often (Word set to English (US) in American, Indian and Dutch offices), straight ones from SAP, Teams and SharePoint pastes and Indian laptops set to plain text, German low-high quotes now and then from a German keyboard in Ludwigshafen or Marl; headings as these writers use them ("References" most of all, "Reference list", "Reference List", "REFERENCES", "References:", "Bibliography", "Literaturverzeichnis" once in a while from a German template), straight apostrophes fairly often (corporate laptops, Teams, Indian keyboards), bulleted lists often (account plans and value propositions are written in bullets)
    "blind230": Pool(blind230_text, Blind230WorkFactory, (("‘", "’"), ("‘", "’"), ("‘", "’"), ("‘", "’"), ("“", "”"), ("“", "”"), ("“", "”"), ("'", "'"), ("'", "'"), ('"', '"'), ("„", "“")),
                     ("References", "References", "References", "References", "Reference list", "Reference List", "REFERENCES", "References:", "Bibliography", "Literaturverzeichnis"),
                     straight_apostrophe=0.5, bullets=0.35),
    # blind231 (held out for its first tables, development data since stop 48): marketers in Iraq and the Kurdistan Region and their diaspora (Baghdad, Basra, Mosul, Erbil/Hewlêr, Sulaymaniyah/Slêmanî, Duhok, Najaf, Karbala, Kirkuk; London, Manchester, Malmö, Stockholm, Berlin, Dearborn, San Diego) at banks and fintechs, telecoms, airlines, malls and retailers, FMCG and drinks makers, developers and NGOs (Rafidain Bank, Trade Bank of Iraq, Cihan Bank, Zain Cash, FIB, Qi Card, Asiacell, Zain Iraq, Korek Telecom, Iraqi Airways, Fly Erbil, Family Mall, Carrefour Iraq) writing CIM Level 6 and 7 reports and MBA assignments in English; curly doubles most of all (Word set to English (US), as Iraqi and Kurdish universities and the American University of Iraq teach), curly singles often (UK business schools, CIM centres and the diaspora in Britain), straight ones often from Google Docs, phones, WhatsApp and Viber pastes and Arabic keyboard layouts, Arabic-style guillemets once in a while from an Arabic keyboard; headings as these writers use them ("References" most of all, "Reference list", "REFERENCES", "References:", "Bibliography", "List of References", "Sources"), straight apostrophes often (phones, Google Docs, Arabic and Kurdish keyboards), bulleted lists fairly often (recommendations and action plans in bullets)
    "blind231": Pool(blind231_text, Blind231WorkFactory, (("“", "”"), ("“", "”"), ("“", "”"), ("“", "”"), ("‘", "’"), ("‘", "’"), ("‘", "’"), ('"', '"'), ('"', '"'), ("'", "'"), ("«", "»")),
                     ("References", "References", "References", "References", "Reference list", "REFERENCES", "References:", "Bibliography", "List of References", "Sources"),
                     straight_apostrophe=0.6, bullets=0.35),
    # blind232 (held out for its first tables, development data since stop 48): marketers at insurers, Lloyd's syndicates, brokers, price-comparison sites, pension providers, platforms and wealth managers in the UK, Ireland, Germany, France, Switzerland and Bermuda (Aviva, Legal & General, Prudential, Phoenix Group, Direct Line, Admiral, Hiscox, Beazley, Zurich, Allianz, AXA, Swiss Re, Hargreaves Lansdown, St. James's Place, AJ Bell, Nest, compare the market, MoneySuperMarket) writing CIM Level 6 and 7 reports and MBA assignments in English; Word's curly singles most of all (UK and Irish business schools, CII and CIM centres, house style at insurers), curly doubles often (Word set to English (US) at Bermuda reinsurers and in Swiss and German offices), straight ones from locked-down insurer laptops, Teams, Outlook and Salesforce pastes, German low-high quotes and French guillemets once in a while from a German or French keyboard in Munich, Zurich or Paris; headings as these writers use them ("References" most of all, "Reference list", "Reference List", "REFERENCES", "References:", "Bibliography", "Sources"), straight apostrophes fairly often (corporate laptops with plain-text tools, phones), bulleted lists often (propositions, broker plans and recommendations are written in bullets)
    "blind232": Pool(blind232_text, Blind232WorkFactory, (("‘", "’"), ("‘", "’"), ("‘", "’"), ("‘", "’"), ("‘", "’"), ("“", "”"), ("“", "”"), ("“", "”"), ("'", "'"), ("'", "'"), ('"', '"'), ("„", "“"), ("« ", " »")),
                     ("References", "References", "References", "References", "Reference list", "Reference List", "REFERENCES", "References:", "Bibliography", "Sources"),
                     straight_apostrophe=0.5, bullets=0.4),
    # blind233 (held out for its first tables, development data since stop 48): marketers at energy suppliers, renewable-energy developers, water and electricity networks, EV-charging and heat-pump firms and energy start-ups in the UK, Ireland, Denmark, Germany, Spain and the Netherlands (Octopus Energy, British Gas and Centrica, EDF, E.ON, OVO, SSE, ScottishPower and Iberdrola, Ørsted, Vattenfall, RWE, National Grid, Thames Water, Severn Trent, Pod Point, Ionity, Bulb) writing CIM Level 6 and 7 reports and MBA assignments in English; Word's curly singles most of all (British and Irish Word, utilities' house styles), curly doubles often (Word set to English (US) in Danish, Dutch, German and Spanish offices and at start-ups), straight ones from Teams, Slack, Google Docs and Notion pastes (start-ups and agile squads live in them), German low-high quotes once in a while from a German keyboard in Essen or Munich; headings as UK, Irish and European writers and CIM centres use them ("References" most of all, "Reference list", "Reference List", "REFERENCES", "References:", "Bibliography", "Sources"), straight apostrophes often (Google Docs, Slack, phones and Danish and Spanish keyboards), bulleted lists often (stakeholder plans, customer journeys and recommendations are written in bullets)
    "blind233": Pool(blind233_text, Blind233WorkFactory, (("‘", "’"), ("‘", "’"), ("‘", "’"), ("‘", "’"), ("“", "”"), ("“", "”"), ("“", "”"), ("'", "'"), ("'", "'"), ('"', '"'), ('"', '"'), ("„", "“")),
                     ("References", "References", "References", "References", "Reference list", "Reference List", "REFERENCES", "References:", "Bibliography", "Sources"),
                     straight_apostrophe=0.55, bullets=0.4),
    # blind234 (held out for its first tables, development data since stop 48): marketers in Georgia and Armenia and their diaspora (Tbilisi, Batumi, Kutaisi, Rustavi, Yerevan, Gyumri, Vanadzor, Dilijan; Moscow, Glendale, Los Angeles, Paris, Marseille, Athens, Tel Aviv) at banks and fintechs, telecoms, wineries and brandy houses, mineral-water makers, tourism boards, airlines, hotels, retailers and NGOs (TBC Bank, Bank of Georgia, Ameriabank, Ardshinbank, Idram, Magti, Silknet, Ucom, Tbilvino, Teliani Valley, Yerevan Brandy Company, Borjomi, Jermuk, Nikora, SAS) writing CIM Level 6 and 7 reports and MBA assignments in English; Word's curly singles and doubles most of all (Word set to English (UK) or English (US)), straight ones from phones, Telegram, Google Docs and Russian keyboards, Georgian low-high quotes from a Georgian keyboard, guillemets from Armenian and Russian keyboards and, spaced, from French ones in Paris and Marseille; headings as these writers use them ("References" most of all, "Reference list", "Reference List", "REFERENCES", "References:", "Bibliography", "List of References", and "List of literature" from writers schooled in Russian), straight apostrophes often (phones, Telegram, Russian and Georgian keyboard layouts), bulleted lists often (recommendations and action plans are written in bullets)
    "blind234": Pool(blind234_text, Blind234WorkFactory, (("‘", "’"), ("‘", "’"), ("‘", "’"), ("“", "”"), ("“", "”"), ("“", "”"), ("'", "'"), ('"', '"'), ('"', '"'), ("„", "“"), ("„", "“"), ("«", "»"), ("« ", " »")),
                     ("References", "References", "References", "References", "Reference list", "Reference List", "REFERENCES", "References:", "Bibliography", "List of References", "List of literature"),
                     straight_apostrophe=0.55, bullets=0.35),
    # blind235 (held out for its first tables, development data since stop 48): marketers at restaurant groups, pub companies, coffee and bakery chains, quick-service brands, food-delivery platforms and hospitality suppliers in the UK and Ireland (Greggs, Nando's, Pret A Manger, JD Wetherspoon, Mitchells & Butlers, Greene King, Fuller's, Costa Coffee, Caffè Nero, Wagamama, Dishoom, Leon, Itsu, Deliveroo, Just Eat, Uber Eats, Brakes, Bidfood, Supermac's, Bewley's) writing CIM Level 6 and 7 reports and MBA assignments in English; Word's curly singles most of all (British and Irish Word, business schools and CIM centres), curly doubles fairly often (Word set to English (US) on head-office laptops and at delivery platforms), straight ones often (site managers writing on phones, tills-and-rota PCs, Teams, Slack and Google Docs pastes); headings as UK and Irish writers and CIM centres use them ("References" most of all, "Reference list", "Reference List", "REFERENCES", "References:", "Bibliography", "Sources"), straight apostrophes often (phones, Google Docs and shared site PCs), bulleted lists often (menu, loyalty and trade plans are written in bullets)
    "blind235": Pool(blind235_text, Blind235WorkFactory, (("‘", "’"), ("‘", "’"), ("‘", "’"), ("‘", "’"), ("“", "”"), ("“", "”"), ("'", "'"), ("'", "'"), ('"', '"'), ('"', '"')),
                     ("References", "References", "References", "References", "Reference list", "Reference List", "REFERENCES", "References:", "Bibliography", "Sources"),
                     straight_apostrophe=0.55, bullets=0.4),
    # blind236 (held out for its first tables, development data since stop 48): marketers at estate agents, property portals, housebuilders, build-to-rent and student-housing operators, mortgage brokers, lenders and proptech start-ups in the UK and Ireland (Rightmove, Zoopla, OnTheMarket, Daft.ie, MyHome.ie, Foxtons, Savills, Knight Frank, Purplebricks, Barratt Developments, Persimmon, Taylor Wimpey, Berkeley Group, Bellway, Cairn Homes, Glenveagh, Unite Students, Grainger, Habito, L&C Mortgages) writing CIM Level 6 and 7 reports and MBA assignments in English; Word's curly singles most of all (British and Irish Word, agencies' and housebuilders' templates), curly doubles now and then (Word set to English (US), brand guidelines that ask for them), straight ones often from Google Docs, Outlook, Teams and CRM pastes (Reapit, Alto and Salesforce notes, portal listing copy); headings as UK and Irish candidates and CIM centres use them ("References" most of all, "Reference list", "Reference List", "REFERENCES", "References:", "Bibliography", "List of references"), straight apostrophes often (Google Docs, phones, listing copy pasted from portals), bulleted lists often (marketing plans, launch timelines, buyer personas and recommendations are written in bullets)
    "blind236": Pool(blind236_text, Blind236WorkFactory, (("‘", "’"), ("‘", "’"), ("‘", "’"), ("‘", "’"), ("“", "”"), ("“", "”"), ("'", "'"), ("'", "'"), ('"', '"'), ('"', '"')),
                     ("References", "References", "References", "References", "Reference list", "Reference List", "REFERENCES", "References:", "Bibliography", "List of references"),
                     straight_apostrophe=0.5, bullets=0.35),
    # blind237 (held out for its first tables, development data since stop 48): marketers in Albania, Kosovo, North Macedonia and Montenegro and their diaspora (Tirana, Durrës, Vlorë, Shkodër, Korçë, Prishtina, Prizren, Skopje, Ohrid, Bitola, Tetovo, Podgorica, Budva, Kotor; London, Zürich, Milan, Athens, New York, Detroit) at banks and fintechs, telecoms, food and drink makers, tourism boards, airlines, hotels and resorts, retailers and NGOs (Raiffeisen Bank Albania, BKT, Credins Bank, ProCredit Bank Kosovo, Komercijalna Banka Skopje, NLB Banka, CKB, One Albania, Vodafone Albania, IPKO, Vala, Makedonski Telekom, A1 Macedonia, Crnogorski Telekom, Birra Korça, Tikveš, Plantaže, Spar Albania, Tinex, Voli) writing CIM Level 6 and 7 reports and MBA assignments in English; curly doubles most of all (Word set to English (US), as the region's schools and universities teach them, and as Albanian and Macedonian Word writes speech), curly singles often (British-trained tutors, CIM centres' templates), straight ones often (Google Docs, phones, text pasted from Viber, WhatsApp and web pages), now and then the low-high marks („ “) and guillemets (« ») of Albanian, Macedonian and Montenegrin typing; headings as the region's universities and CIM centres use them ("References" most of all, "Bibliography" often, as local universities ask for it, "Reference list", "REFERENCES", "References:", "Literature", as Macedonian and Montenegrin programmes call it, "List of references"), straight apostrophes often (Google Docs, phones, keyboards set to Albanian or Macedonian), bulleted lists often (recommendations, SWOT and PESTEL points, campaign phases)
    "blind237": Pool(blind237_text, Blind237WorkFactory, (("“", "”"), ("“", "”"), ("“", "”"), ("‘", "’"), ("‘", "’"), ("'", "'"), ("'", "'"), ('"', '"'), ('"', '"'), ("„", "“"), ("«", "»")),
                     ("References", "References", "References", "References", "Bibliography", "Bibliography", "Reference list", "REFERENCES", "References:", "Literature", "List of references"),
                     straight_apostrophe=0.6, bullets=0.4),
    # blind239 (held out for its first tables, development data since stop 48): marketers at betting, gaming, lottery, bingo and casino operators, affiliates and their suppliers in the UK, Ireland and Gibraltar (Entain, Flutter, Paddy Power, Sky Bet, Bet365, William Hill, Betfred, Ladbrokes, Coral, Betfair, BoyleSports, Allwyn, Premier Lotteries Ireland, Gala Bingo, Mecca Bingo, Rank Group, Grosvenor Casinos, the Hippodrome Casino, Evoke (888), Playtech, Kindred) writing CIM Level 6 and 7 reports and MBA assignments in English; Word's curly singles most of all (British, Irish and Gibraltarian Word, operators' brand templates), curly doubles fairly often (Word set to English (US) at operators with US parents and in Malta-run teams), straight ones often (Slack, Teams, Jira and Google Docs pastes, CRM tools such as Optimove and Braze, phones); headings as UK, Irish and Gibraltarian candidates and CIM centres use them ("References" most of all, "Reference list", "Reference List", "REFERENCES", "References:", "Bibliography", "Sources"), straight apostrophes often (Google Docs, Slack, phones), bulleted lists often (CRM plans, acquisition funnels and safer-gambling recommendations are written in bullets)
    "blind239": Pool(blind239_text, Blind239WorkFactory, (("‘", "’"), ("‘", "’"), ("‘", "’"), ("‘", "’"), ("“", "”"), ("“", "”"), ("“", "”"), ("'", "'"), ("'", "'"), ('"', '"'), ('"', '"')),
                     ("References", "References", "References", "References", "Reference list", "Reference List", "REFERENCES", "References:", "Bibliography", "Sources"),
                     straight_apostrophe=0.55, bullets=0.4),
    # blind238 (held out for its first tables, development data since stop 48): marketers at rail, bus, tram, ferry and public-transport operators, ticketing apps and transport authorities in the UK and Ireland (Avanti West Coast, LNER, Great Western Railway, ScotRail, Transport for Wales, Northern, Southeastern, Eurostar, Irish Rail, Translink, Stagecoach, FirstGroup, Arriva, National Express, Go-Ahead, Lothian Buses, Dublin Bus, Trainline, Citymapper, Stena Line, Irish Ferries) writing CIM Level 6 and 7 reports and MBA assignments in English; Word's curly singles most of all (British and Irish Word, operators' and owning groups' templates), curly doubles now and then (Word set to English (US), some brand guidelines), straight ones often from Google Docs, Teams, Outlook and CRM or social-listening pastes; headings as UK and Irish candidates and CIM centres use them ("References" most of all, "Reference list", "Reference List", "REFERENCES", "References:", "Bibliography", "Sources"), straight apostrophes fairly often (Google Docs, phones on the commute), bulleted lists often (campaign plans, timetables of activity, personas and recommendations)
    "blind238": Pool(blind238_text, Blind238WorkFactory, (("‘", "’"), ("‘", "’"), ("‘", "’"), ("‘", "’"), ("“", "”"), ("“", "”"), ("'", "'"), ("'", "'"), ('"', '"')),
                     ("References", "References", "References", "References", "Reference list", "Reference List", "REFERENCES", "References:", "Bibliography", "Sources"),
                     straight_apostrophe=0.45, bullets=0.35),
    # blind240 (held out for its first tables, development data since stop 49): marketers at parcel carriers, couriers, freight forwarders, logistics and warehousing firms, ports and shipping lines in the UK and Ireland and their European partners (Royal Mail, Parcelforce, Evri, DPD UK, DHL Parcel UK, UPS, FedEx, Yodel, An Post, Fastway, GXO, Wincanton, Clipper Logistics, XPO, Maersk, Stena Line freight, Associated British Ports, the Port of Felixstowe, Dublin Port, Peel Ports, InPost, Amazon Logistics) writing CIM Level 6 and 7 reports and MBA assignments in English on B2B, e-commerce and employer-brand marketing; Word's curly singles most of all (British and Irish Word, carriers' and ports' templates), curly doubles fairly often (Word set to English (US) at carriers with US or German parents: UPS, FedEx, DHL, GXO, XPO), straight ones often (Teams, Outlook, Slack and Google Docs pastes, CRM and tender-portal text, depot PCs and phones); headings as UK and Irish candidates and CIM centres use them ("References" most of all, "Reference list", "Reference List", "REFERENCES", "References:", "Bibliography", "Sources"), straight apostrophes often (Google Docs, phones, depot and warehouse PCs), bulleted lists often (account plans, tender responses, recruitment campaigns and recommendations are written in bullets)
    "blind240": Pool(blind240_text, Blind240WorkFactory, (("‘", "’"), ("‘", "’"), ("‘", "’"), ("‘", "’"), ("“", "”"), ("“", "”"), ("“", "”"), ("'", "'"), ("'", "'"), ('"', '"'), ('"', '"')),
                     ("References", "References", "References", "References", "Reference list", "Reference List", "REFERENCES", "References:", "Bibliography", "Sources"),
                     straight_apostrophe=0.5, bullets=0.4),
    # blind242 (held out for its first tables, development data since stop 49): marketers at mobile networks, broadband and fibre providers, pay-TV firms and telecoms resellers in the UK and Ireland (BT, EE, Openreach, Virgin Media O2, Vodafone UK, Three UK, Sky, TalkTalk, Plusnet, giffgaff, Lebara, Lyca Mobile, Hyperoptic, CityFibre, Community Fibre, Gigaclear, Eir, Three Ireland, Virgin Media Ireland, Digiweb, National Broadband Ireland) writing CIM Level 6 and 7 reports and MBA assignments in English on consumer, SME and retention marketing; Word's curly singles most of all (British and Irish Word, operators' brand templates), curly doubles now and then (Word set to English (US), some group templates), straight ones often (Teams, Slack, Confluence and Google Docs pastes, CRM and Salesforce notes, phones); headings as UK and Irish candidates and CIM centres use them ("References" most of all, "Reference list", "Reference List", "REFERENCES", "References:", "Bibliography", "List of references"), straight apostrophes often (Google Docs, Teams, phones), bulleted lists often (retention journeys, campaign plans and recommendations are written in bullets)
    "blind242": Pool(blind242_text, Blind242WorkFactory, (("‘", "’"), ("‘", "’"), ("‘", "’"), ("‘", "’"), ("“", "”"), ("“", "”"), ("'", "'"), ("'", "'"), ('"', '"'), ('"', '"')),
                     ("References", "References", "References", "References", "Reference list", "Reference List", "REFERENCES", "References:", "Bibliography", "List of references"),
                     straight_apostrophe=0.5, bullets=0.4),
    # blind245 (held out for its first tables, development data since stop 49): marketers at dairy, meat, bakery and food-processing firms and farmer co-operatives in the UK and Ireland (Arla Foods UK, Müller UK & Ireland, First Milk, Dairygold, Ornua (Kerrygold), Tirlán, Lakeland Dairies, Dale Farm, ABP Food Group, Dawn Meats, Kepak, Cranswick, Pilgrim's UK, Moy Park, Warburtons, Hovis, Allied Bakeries, Pladis, Kerry Group, Glanbia, Origin Green members) writing CIM Level 6 and 7 reports and MBA assignments in English on export, brand and trade marketing; Word's curly singles most of all (British and Irish Word, co-ops' and processors' report templates), curly doubles now and then (Word set to English (US), some group and Danish or German parent templates), straight ones often (Teams and Outlook pastes, retailer portal and SAP notes, Google Docs, phones on farm); headings as UK and Irish candidates and CIM centres use them ("References" most of all, "Reference list", "Reference List", "REFERENCES", "References:", "Bibliography"), straight apostrophes often (Outlook, Teams, phones), bulleted lists often (trade plans, export market entry options and recommendations are written in bullets)
    "blind245": Pool(blind245_text, Blind245WorkFactory, (("‘", "’"), ("‘", "’"), ("‘", "’"), ("‘", "’"), ("‘", "’"), ("“", "”"), ("“", "”"), ("'", "'"), ("'", "'"), ("'", "'"), ('"', '"')),
                     ("References", "References", "References", "References", "References", "Reference list", "Reference List", "REFERENCES", "References:", "Bibliography"),
                     straight_apostrophe=0.5, bullets=0.45),
    # blind246 (held out for its first tables, development data since stop 50): marketers in Greece, Cyprus and their diaspora at banks and fintechs, telecoms, food and drink makers, olive-oil, feta and halloumi exporters, tourism boards, hotel groups and airlines, retailers and NGOs (National Bank of Greece, Eurobank, Piraeus Bank, Alpha Bank, Bank of Cyprus, Hellenic Bank, Viva Wallet, Cosmote, Vodafone Greece, Nova, Cyta, Epic, Mythos, Fix Hellas, Loux, Papadopoulos, Mevgal, Delta Foods, KEO, Lanitis, Grecotel, Louis Hotels, Aegean Airlines, Cyprus Airways, Sklavenitis, AB Vassilopoulos, Jumbo, Public, Kotsovolos, Alphamega) writing CIM Level 6 and 7 reports and MBA assignments in English; Word's curly doubles most of all (Greek Word and Office set to English (US), the default on Greek machines), curly singles often (Cypriot and UK-trained candidates, British templates), straight doubles and singles often (Greek keyboards switching layouts, Google Docs, phones, Teams pastes), Greek guillemets now and then (a habit carried over from writing Greek); headings as Greek and Cypriot candidates use them ("References" most of all, "Bibliography" often, as Greek universities call the list "Βιβλιογραφία", "Reference List", "REFERENCES", "References:", "List of References"), straight apostrophes often (Greek keyboard layouts, phones), bulleted lists fairly often (recommendations and action plans are written in bullets)
    "blind246": Pool(blind246_text, Blind246WorkFactory, (("“", "”"), ("“", "”"), ("“", "”"), ("“", "”"), ("‘", "’"), ("‘", "’"), ("‘", "’"), ('"', '"'), ('"', '"'), ("'", "'"), ("«", "»")),
                     ("References", "References", "References", "References", "Bibliography", "Bibliography", "Reference List", "REFERENCES", "References:", "List of References"),
                     straight_apostrophe=0.55, bullets=0.35),
    # blind247 (held out for its first tables, development data since stop 50): marketers at high-street banks, building societies, credit unions, consumer lenders, card and payments firms and challenger banks in the UK and Ireland (Barclays, Lloyds Banking Group, NatWest, Santander UK, HSBC UK, Nationwide, Coventry Building Society, Yorkshire Building Society, Monzo, Starling, Revolut, Chase UK, AIB, Bank of Ireland, PTSB, the Credit Union Development Association, Klarna UK, Zopa, Capital One UK, Visa, Mastercard) writing CIM Level 6 and 7 reports and MBA assignments in English on retail banking, lending and payments marketing; Word's curly singles most of all (British and Irish Word, banks' locked-down report templates), curly doubles now and then (Word set to English (US), US-owned card and payments firms' templates), straight ones fairly often (Teams and Outlook pastes, Confluence and Jira notes at the challengers, Google Docs, phones); headings as UK and Irish candidates and CIM centres use them ("References" most of all, "Reference list", "Reference List", "REFERENCES", "References:", "Bibliography", "List of references"), straight apostrophes fairly often (Teams, Outlook, Google Docs at the app banks, phones), bulleted lists often (propositions, customer journeys, campaign plans and recommendations are written in bullets)
    "blind247": Pool(blind247_text, Blind247WorkFactory, (("‘", "’"), ("‘", "’"), ("‘", "’"), ("‘", "’"), ("‘", "’"), ("“", "”"), ("“", "”"), ("'", "'"), ("'", "'"), ('"', '"')),
                     ("References", "References", "References", "References", "References", "Reference list", "Reference List", "REFERENCES", "References:", "Bibliography", "List of references"),
                     straight_apostrophe=0.45, bullets=0.4),
    # blind248 (held out for its first tables, development data since stop 50): marketers at facilities-management, cleaning, security, catering-contract and workplace-services firms in the UK, Ireland and the Nordics (Mitie, ISS, Sodexo UK & Ireland, Compass Group UK & Ireland, OCS, CBRE Global Workplace Solutions, Serco, G4S, Securitas, Rentokil Initial, Churchill Group, Bidvest Noonan, Aramark Ireland, Elior UK, Kier Facilities Services, Equans, Coor, Samsic UK) writing CIM Level 6 and 7 reports and MBA assignments in English on B2B, bid and account-based marketing; Word's curly singles most of all (British and Irish Word, bid templates from the group's bid library), curly doubles now and then (Word set to English (US) at US- and French-owned groups and Nordic parents' templates: CBRE, Sodexo, Aramark, ISS, Coor), straight ones often (bid portals and tender-response text boxes, CRM notes, Teams and Outlook pastes, phones on site); headings as UK and Irish candidates and CIM centres use them ("References" most of all, "Reference list", "Reference List", "REFERENCES", "References:", "Bibliography", "Sources"), straight apostrophes often (portals, Teams, phones), bulleted lists often (win themes, account plans, stakeholder maps and recommendations are written in bullets)
    "blind248": Pool(blind248_text, Blind248WorkFactory, (("‘", "’"), ("‘", "’"), ("‘", "’"), ("‘", "’"), ("“", "”"), ("“", "”"), ("'", "'"), ("'", "'"), ("'", "'"), ('"', '"')),
                     ("References", "References", "References", "References", "Reference list", "Reference List", "REFERENCES", "References:", "Bibliography", "Sources"),
                     straight_apostrophe=0.5, bullets=0.4),
    # blind249 (held out for its first tables, development data since stop 50): marketers in Iceland, the Faroe Islands and Greenland and their diaspora (Reykjavík, Kópavogur, Hafnarfjörður, Akureyri, Reykjanesbær, Tórshavn, Klaksvík, Nuuk, Ilulissat, Sisimiut; Copenhagen, Oslo, Winnipeg (Gimli), Seattle, Edinburgh) at banks and fintechs, telecoms, airlines and tourism, seafood and food exporters, drinks makers, retailers and NGOs (Landsbankinn, Arion banki, Íslandsbanki, Kvika, BankNordik, Síminn, Nova, Føroya Tele, Tusass, Icelandair, PLAY, Atlantic Airways, Air Greenland, Visit Iceland, the Blue Lagoon, Brim, Samherji, Bakkafrost, Royal Greenland, Ísey Skyr, Ölgerðin, Föroya Bjór, Hagar, Krónan, Festi, the Icelandic Red Cross) writing CIM Level 6 and 7 reports and MBA assignments in English; Word's curly doubles most of all (Word set to English (US) or to Icelandic, Danish and Faroese with English proofing, university templates), curly singles often (Word set to English (UK) at UK centres and in Edinburgh), Icelandic and Danish low-high quotes „…“ and Danish and Greenlandic guillemets »…« now and then (Icelandic and Danish keyboards and autocorrect), straight ones often (Teams, Google Docs, Outlook and phone pastes); headings as the region's candidates use them ("References" most of all, "Reference list", "REFERENCES", "Bibliography", "Sources", "References:", and the Icelandic university template's "Heimildir" now and then), straight apostrophes often (Icelandic and Danish keyboards put the apostrophe on a key of its own), bulleted lists sometimes (SWOT, PESTLE and recommendations)
    "blind249": Pool(blind249_text, Blind249WorkFactory, (("“", "”"), ("“", "”"), ("“", "”"), ("‘", "’"), ("‘", "’"), ("„", "“"), ("»", "«"), ("'", "'"), ('"', '"'), ('"', '"')),
                     ("References", "References", "References", "References", "Reference list", "Reference List", "REFERENCES", "Bibliography", "Sources", "References:", "Heimildir"),
                     straight_apostrophe=0.5, bullets=0.3),
    # blind250 (held out for its first tables, development data since stop 50): marketers at water companies, waste-management and recycling firms, environmental consultancies and circular-economy start-ups in the UK and Ireland (Thames Water, Severn Trent, United Utilities, Anglian Water, Yorkshire Water, Scottish Water, Welsh Water (Dŵr Cymru), Uisce Éireann, Veolia UK & Ireland, Biffa, Suez recycling and recovery UK, Viridor, FCC Environment, Renewi, Panda, Greyhound Recycling, Repak, Too Good To Go, Olio, ReLondon) writing CIM Level 6 and 7 reports and MBA assignments in English on B2B, public-sector and behaviour-change marketing; Word's curly singles most of all (British and Irish Word, utilities' and councils' report templates), curly doubles now and then (Word set to English (US) at French-owned groups: Veolia, Suez), straight ones often (CRM and tender portals, Teams and Outlook pastes, phones on site and in the depot); headings as UK and Irish candidates and CIM centres use them ("References" most of all, "Reference list", "Reference List", "REFERENCES", "References:", "Bibliography", "List of references"), straight apostrophes often (portals, Teams, phones), bulleted lists often (stakeholder maps, campaign plans and recommendations are written in bullets)
    "blind250": Pool(blind250_text, Blind250WorkFactory, (("‘", "’"), ("‘", "’"), ("‘", "’"), ("‘", "’"), ("‘", "’"), ("“", "”"), ("“", "”"), ("'", "'"), ("'", "'"), ('"', '"')),
                     ("References", "References", "References", "References", "Reference list", "Reference List", "REFERENCES", "References:", "Bibliography", "List of references"),
                     straight_apostrophe=0.45, bullets=0.4),
    # blind251 (held out for its first tables, development data since stop 50): marketers at independent schools, school groups, tutoring companies, edtech firms, early-years nurseries and exam boards in the UK, Ireland and the Gulf (Eton College, Harrow, GEMS Education, Cognita, Nord Anglia, Dulwich College International, Bright Horizons, Busy Bees, Kumon, Explore Learning, Tutor Doctor, Atom Learning, Century Tech, Seneca, Pearson Edexcel, AQA, OCR, Cambridge International, the Institute of Education Dublin) writing CIM Level 6 and 7 reports and MBA assignments in English on admissions, parent and B2B marketing; Word's curly singles most of all (British and Irish Word, school and group templates), curly doubles more often than in the UK alone (Word set to English (US) at Gulf campuses and US-owned groups: GEMS, Nord Anglia, Bright Horizons), straight ones often (parent-portal and CRM notes, Google Docs at edtech firms, phones); headings as UK, Irish and Gulf candidates and CIM centres use them ("References" most of all, "Reference list", "Reference List", "REFERENCES", "References:", "Bibliography", "List of References"), straight apostrophes often (Google Docs, phones), bulleted lists often (admissions funnels, personas and recommendations are written in bullets)
    "blind251": Pool(blind251_text, Blind251WorkFactory, (("‘", "’"), ("‘", "’"), ("‘", "’"), ("‘", "’"), ("“", "”"), ("“", "”"), ("“", "”"), ("'", "'"), ("'", "'"), ('"', '"')),
                     ("References", "References", "References", "References", "Reference list", "Reference List", "REFERENCES", "References:", "Bibliography", "List of References"),
                     straight_apostrophe=0.5, bullets=0.4),
    # blind252 (held out for its first tables, development data since stop 50): marketers in Venezuela and Uruguay and their diaspora (Caracas, Maracaibo, Montevideo, Punta del Este, Doral, Madrid, Bogotá, Buenos Aires) at banks and fintechs, telecoms, food and drink makers, retailers, tourism and NGOs writing CIM Level 6 and 7 reports and MBA assignments in English; curly doubles most of all (Word set to Spanish (Venezuela) or Spanish (Uruguay) writes “ ” and so does Word set to English (US) in Doral), curly singles less often (British-trained tutors' templates), straight ones often (Google Docs, WhatsApp drafts, Spanish keyboards on phones), now and then Spanish guillemets « » carried over from Spanish drafts; headings as these candidates use them ("References" most of all, "Reference list", "REFERENCES", "Bibliography", "References:", and the Spanish "Referencias" and "Bibliografía" of a translated draft), straight apostrophes often (Spanish keyboards have no curly apostrophe to hand), bulleted lists fairly often (PESTLE, personas and recommendations in bullets)
    "blind252": Pool(blind252_text, Blind252WorkFactory, (("“", "”"), ("“", "”"), ("“", "”"), ("“", "”"), ("“", "”"), ("‘", "’"), ("‘", "’"), ("'", "'"), ('"', '"'), ('"', '"'), ("«", "»")),
                     ("References", "References", "References", "References", "Reference list", "REFERENCES", "Bibliography", "References:", "Referencias", "Bibliografía"),
                     straight_apostrophe=0.55, bullets=0.3),
    # blind253 (held out for its first tables, development data since stop 50): marketers at UK and Irish film studios, distributors, cinema chains, TV producers, broadcasters and streaming services (Pinewood, Shepperton, Working Title, Film4, the BFI, Screen Ireland, Element Pictures, Altitude, Curzon, Picturehouse, Vue, Cineworld, Odeon, Everyman, Omniplex, the BBC, ITV, Channel 4, Sky, RTÉ, Virgin Media Television, TG4, S4C, BritBox, ITVX, Netflix UK, Disney+, MUBI) writing CIM Level 6 and 7 reports and MBA assignments in English on audience, trade and B2B marketing; Word's curly singles most of all (British and Irish Word, broadcaster and studio templates), curly doubles now and then (Word set to English (US) at US-owned studios and streamers), straight ones often (Google Docs, Final Draft and shared treatment notes, phones); headings as UK and Irish candidates and CIM centres use them ("References" most of all, "Reference list", "Reference List", "REFERENCES", "Bibliography"), straight apostrophes often (Google Docs, phones), bulleted lists often (release plans, personas and campaign phases are written in bullets)
    "blind253": Pool(blind253_text, Blind253WorkFactory, (("‘", "’"), ("‘", "’"), ("‘", "’"), ("‘", "’"), ("‘", "’"), ("“", "”"), ("“", "”"), ("'", "'"), ("'", "'"), ('"', '"')),
                     ("References", "References", "References", "References", "Reference list", "Reference List", "REFERENCES", "Bibliography"),
                     straight_apostrophe=0.45, bullets=0.35),
    # blind254 (held out for its first tables, development data since stop 50): marketers at recruitment agencies, staffing firms, job boards, executive-search firms, HR-software vendors and employer-branding consultancies in the UK, Ireland and Australia (Hays, Reed, PageGroup (Michael Page), Robert Walters, SThree, Adecco, Randstad, Manpower, Hudson, Harvey Nash, Cpl, Sigmar Recruitment, Morgan McKinley, Indeed, LinkedIn Talent Solutions, Totaljobs, Seek, Irishjobs.ie, Workday, Personio, Hibob, Sage HR, Employer Brand Partners) writing CIM Level 6 and 7 reports and MBA assignments in English on B2B, candidate and employer-brand marketing; Word's curly singles most of all (British, Irish and Australian Word, agency proposal templates), curly doubles now and then (Word set to English (US) at US-owned vendors and groups: Workday, Indeed, LinkedIn, ManpowerGroup), straight ones often (ATS and CRM notes, LinkedIn and Teams pastes, Google Docs, phones between client meetings); headings as UK, Irish and Australian candidates and CIM centres use them ("References" most of all, "Reference list", "Reference List", "REFERENCES", "References:", "Bibliography", "Sources"), straight apostrophes often (ATS, LinkedIn, phones), bulleted lists often (candidate personas, EVP pillars, channel plans and recommendations are written in bullets)
    "blind254": Pool(blind254_text, Blind254WorkFactory, (("‘", "’"), ("‘", "’"), ("‘", "’"), ("‘", "’"), ("“", "”"), ("“", "”"), ("'", "'"), ("'", "'"), ("'", "'"), ('"', '"')),
                     ("References", "References", "References", "References", "Reference list", "Reference List", "REFERENCES", "References:", "Bibliography", "Sources"),
                     straight_apostrophe=0.5, bullets=0.45),
    # blind255 (held out for its first tables, development data since stop 51): marketers in the Basque Country, Navarre and Catalonia and their diaspora (Bilbao, Donostia-San Sebastián, Vitoria-Gasteiz, Pamplona-Iruña, Barcelona, Girona, Lleida, Tarragona, Andorra la Vella, Perpignan, Bayonne; Boise, Buenos Aires, Mexico City, London) at co-operatives and banks, energy and industry, food and drink, fashion and retail, tourism, football clubs and NGOs writing CIM Level 6 and 7 reports and MBA assignments in English; curly doubles often (Word set to Spanish (Spain) or Catalan writes “” by default, and many candidates draft in Spanish or Catalan first), curly singles as often (British Word, UK business-school templates), straight ones often (Google Docs, Teams and WhatsApp pastes, phones), angle quotes now and then (Spanish and Catalan drafts, Basque-language press); headings as Spanish and Catalan candidates write them in English ("References" most of all, "Reference list", "REFERENCES", "Bibliography", "References:", "Bibliografía", "Referències"), straight apostrophes often (Spanish keyboards, phones), bulleted lists often (recommendations and action plans in bullets)
    "blind255": Pool(blind255_text, Blind255WorkFactory, (("“", "”"), ("“", "”"), ("“", "”"), ("‘", "’"), ("‘", "’"), ("‘", "’"), ("'", "'"), ("'", "'"), ('"', '"'), ("«", "»")),
                     ("References", "References", "References", "References", "Reference list", "REFERENCES", "Bibliography", "References:", "Bibliografía", "Referències"),
                     straight_apostrophe=0.55, bullets=0.4),
    # blind256 (held out for its first tables, development data since stop 51): marketers at cybersecurity vendors, identity and fraud-prevention firms, managed security service providers and security consultancies in the UK, Ireland, Israel and the US (Darktrace, Sophos, NCC Group, BAE Systems Digital Intelligence, Check Point, CyberArk, Wiz, SentinelOne, CrowdStrike, Palo Alto Networks, Okta, Yubico, Onfido (Entrust), Featurespace, Mimecast, Smarttech247, Integrity360, BlackBerry Cylance) writing CIM Level 6 and 7 reports and MBA assignments in English on B2B, channel and account-based marketing; Word's curly singles most of all (British and Irish Word, vendors' proposal templates), curly doubles now and then (Word set to English (US) at US- and Israeli-owned vendors: CrowdStrike, Palo Alto Networks, Okta, Check Point, CyberArk, Wiz), straight ones often (Slack, Teams and Confluence pastes, Google Docs, Markdown in a CRM or a ticketing tool); headings as UK, Irish, Israeli and US candidates and CIM centres use them ("References" most of all, "Reference list", "Reference List", "REFERENCES", "References:", "Bibliography", "Sources"), straight apostrophes often (engineers' tools and phones), bulleted lists often (personas, ICPs, battlecards and recommendations are written in bullets)
    "blind256": Pool(blind256_text, Blind256WorkFactory, (("‘", "’"), ("‘", "’"), ("‘", "’"), ("“", "”"), ("“", "”"), ("“", "”"), ("'", "'"), ("'", "'"), ("'", "'"), ('"', '"')),
                     ("References", "References", "References", "References", "Reference list", "Reference List", "REFERENCES", "References:", "Bibliography", "Sources"),
                     straight_apostrophe=0.55, bullets=0.45),
    # blind257 (held out for its first tables, development data since stop 51): marketers at dating apps, matchmaking services, wedding venues, bridal retailers, wedding planners and wedding-media firms in the UK, Ireland and Australia (Tinder, Bumble, Hinge, Match Group, eharmony, Muzz, Raya, Feeld, Inner Circle, Lumen, Hitched, Bridebook, The Knot, Easy Weddings, Pronovias, Wed2B, David's Bridal, Confetti.co.uk, Rock My Wedding, One Fab Day) writing CIM Level 6 and 7 reports and MBA assignments in English on consumer, subscription and small-business marketing; Word's curly singles most of all (British, Irish and Australian Word, venue and boutique templates), curly doubles now and then (Word set to English (US) at US-owned groups: Match Group, Bumble, The Knot Worldwide), straight ones often (Google Docs, Canva and Notion notes, phones between viewings and fittings); headings as UK, Irish and Australian candidates and CIM centres use them ("References" most of all, "Reference list", "Reference List", "REFERENCES", "References:", "Bibliography"), straight apostrophes often (Google Docs, phones), bulleted lists often (personas, pricing tiers, campaign phases and recommendations are written in bullets)
    "blind257": Pool(blind257_text, Blind257WorkFactory, (("‘", "’"), ("‘", "’"), ("‘", "’"), ("‘", "’"), ("“", "”"), ("“", "”"), ("'", "'"), ("'", "'"), ("'", "'"), ('"', '"')),
                     ("References", "References", "References", "References", "Reference list", "Reference List", "REFERENCES", "References:", "Bibliography"),
                     straight_apostrophe=0.5, bullets=0.4),
    # blind258 (held out for its first tables, development data since stop 51): marketers in Sicily, Sardinia, Calabria and Puglia and their diaspora (Palermo, Catania, Messina, Siracusa, Cagliari, Sassari, Olbia, Reggio Calabria, Cosenza, Bari, Lecce, Taranto; Melbourne, Toronto, New York, Buenos Aires, London) at food and drink firms, tourism and transport, fashion and crafts, banks and co-operatives and NGOs (Averna, Tasca d'Almerita, Planeta, Donnafugata, Sella & Mosca, Caffè Mauro, Birra Messina, Ichnusa, Callipo, Aeroporti di Puglia, Caronte & Tourist, GNV, Dolce & Gabbana, Banca Popolare di Bari, Banco di Sardegna) writing CIM Level 6 and 7 reports and MBA assignments in English; Word's curly singles most of all (British English templates at UK-run courses), curly doubles often (Word set to Italian or English (US), as Italian writers and the North American diaspora use them), straight ones often (Google Docs, phones, texts pasted from Italian sites), now and then Italian guillemets « » (text quoted from Italian sources); headings as UK centres, Italian universities' English-taught MBAs and diaspora candidates use them ("References" most of all, "Reference list", "REFERENCES", "Bibliography", "References:", "Bibliografia"), straight apostrophes often (Italian keyboards and phones), bulleted lists often
    "blind258": Pool(blind258_text, Blind258WorkFactory, (("‘", "’"), ("‘", "’"), ("‘", "’"), ("“", "”"), ("“", "”"), ("“", "”"), ("'", "'"), ("'", "'"), ('"', '"'), ("«", "»")),
                     ("References", "References", "References", "References", "Reference list", "Reference list", "REFERENCES", "Bibliography", "References:", "Bibliografia"),
                     straight_apostrophe=0.55, bullets=0.4),
    # blind259 (held out for its first tables, development data since stop 51): marketers at boatbuilders, marinas, brokers, charter firms, sailing schools, watersports and marine electronics brands and boat shows in the UK, Ireland, France, the Netherlands and New Zealand writing CIM Level 6 and 7 reports and MBA assignments in English; Word's curly singles most of all (British, Irish and New Zealand Word, yard and dealer templates), curly doubles now and then (Word set to English (US) at US-owned groups: Brunswick, MarineMax, Garmin; French and Dutch writers' habits), straight ones often (Google Docs, phones on pontoons and at shows); headings as UK, Irish and NZ candidates and CIM centres use them ("References" most of all, "Reference list", "Reference List", "REFERENCES", "Bibliography"), straight apostrophes often, bulleted lists often (specifications, pricing tiers and recommendations are written in bullets)
    "blind259": Pool(blind259_text, Blind259WorkFactory, (("‘", "’"), ("‘", "’"), ("‘", "’"), ("‘", "’"), ("“", "”"), ("“", "”"), ("'", "'"), ("'", "'"), ('"', '"')),
                     ("References", "References", "References", "References", "Reference list", "Reference List", "REFERENCES", "Bibliography"),
                     straight_apostrophe=0.45, bullets=0.45),
    # blind260 (held out for its first tables, development data since stop 51): marketers at home-services marketplaces, trade merchants, plumbing, heating and electrical firms, locksmiths, pest control, removals and handyman franchises in the UK, Ireland and Canada (Checkatrade, MyBuilder, Rated People, TrustATrader, Bark, Screwfix, Toolstation, Travis Perkins, City Plumbing, Wolseley, Plumb Center, Pimlico Plumbers, British Gas HomeCare, HomeServe, Dyno-Rod, Rentokil, Timpson, Banham, Mr. Handyman, Two Men and a Truck, HomeStars, Aviva) writing CIM Level 6 and 7 reports and MBA assignments in English on local, franchise, small-business and B2B marketing; Word's curly singles most of all (British and Irish Word, merchants' and franchisors' templates), curly doubles now and then (Word set to English (US) or English (Canada) at Canadian and US-owned firms: HomeStars, Two Men and a Truck, Ferguson, Mr. Handyman), straight ones often (job-management apps, WhatsApp and Teams pastes, Google Docs, phones in the van); headings as UK, Irish and Canadian candidates and CIM centres use them ("References" most of all, "Reference list", "Reference List", "REFERENCES", "References:", "Bibliography", "Works Cited"), straight apostrophes often (phones, job-management apps), bulleted lists often (personas, service tiers, campaign phases and recommendations are written in bullets)
    "blind260": Pool(blind260_text, Blind260WorkFactory, (("‘", "’"), ("‘", "’"), ("‘", "’"), ("‘", "’"), ("“", "”"), ("“", "”"), ("'", "'"), ("'", "'"), ("'", "'"), ('"', '"')),
                     ("References", "References", "References", "References", "Reference list", "Reference List", "REFERENCES", "References:", "Bibliography", "Works Cited"),
                     straight_apostrophe=0.55, bullets=0.45),
    # blind261 (held out for its first tables, development data since stop 52): marketers in Alsace, Lorraine, Brittany and Corsica and their diaspora (Strasbourg, Colmar, Mulhouse, Metz, Nancy, Rennes, Brest, Quimper, Lorient, Saint-Malo, Ajaccio, Bastia, Corte; Montreal, Paris, London, Brussels) at food and drink firms, retail and fashion, banks and co-operatives, tourism and transport and NGOs (Kronenbourg, Meteor, Hugel, Bonne Maman, Hénaff, Breizh Cola, Pietra, Armor-Lux, Saint James, Le Slip Français, Crédit Mutuel Arkéa, Brittany Ferries, Corsica Linea, Europa-Park, the Marché de Noël de Strasbourg, the Festival Interceltique de Lorient) writing CIM Level 6 and 7 reports and MBA assignments in English; Word's curly singles most of all (British-trained candidates and the schools' English templates), curly doubles often (Word set to English (US) or English (Canada) in Montreal and at US-owned groups, and French keyboards' habit of double marks), straight ones often (Teams and WhatsApp pastes, Google Docs, French AZERTY keyboards where the curly mark is not to hand); headings as candidates of French and British business schools and CIM centres use them ("References" most of all, "Reference list", "Reference List", "REFERENCES", "References:", "Bibliography", "Bibliographie", "Sources"), straight apostrophes often (AZERTY keyboards, phones), bulleted lists often (personas, market analyses and recommendations are written in bullets)
    "blind261": Pool(blind261_text, Blind261WorkFactory, (("‘", "’"), ("‘", "’"), ("‘", "’"), ("“", "”"), ("“", "”"), ("“", "”"), ("'", "'"), ("'", "'"), ('"', '"'), ('"', '"')),
                     ("References", "References", "References", "Reference list", "Reference List", "REFERENCES", "References:", "Bibliography", "Bibliographie", "Sources"),
                     straight_apostrophe=0.55, bullets=0.4),
    # blind262 (held out for its first tables, development data since stop 52): marketers at holiday parks, caravan and motorhome makers, campsites, glamping sites, outdoor-gear retailers and camping marketplaces in the UK, Ireland, the Netherlands and France (Parkdean Resorts, Haven, Center Parcs, Butlin's, Hoseasons, Away Resorts, Landal GreenParks, Roompot, Eurocamp, Canvas Holidays, Pitchup, Hipcamp, the clubs, Swift, Bailey, Elddis, Go Outdoors, Blacks, Millets, Vango, Outwell, Quechua) writing CIM Level 6 and 7 reports and MBA assignments in English; Word's curly singles most of all (British and Irish Word, head-office templates), curly doubles now and then (Word set to English (US) at Dutch and French-owned firms: Landal, Roompot, Eurocamp, Decathlon), straight ones often (park managers typing on phones and tablets, Google Docs at marketplaces, Teams pastes); headings as UK, Irish and Dutch candidates and CIM centres use them ("References" most of all, "Reference list", "Reference List", "REFERENCES", "References:", "Bibliography", "Sources"), straight apostrophes often (phones on site, booking-system notes), bulleted lists often (segments, seasonal campaign phases, owner benefits and recommendations are written in bullets)
    "blind262": Pool(blind262_text, Blind262WorkFactory, (("‘", "’"), ("‘", "’"), ("‘", "’"), ("‘", "’"), ("“", "”"), ("“", "”"), ("'", "'"), ("'", "'"), ('"', '"')),
                     ("References", "References", "References", "References", "Reference list", "Reference List", "REFERENCES", "References:", "Bibliography", "Sources"),
                     straight_apostrophe=0.5, bullets=0.4),
    # blind263 (held out for its first tables, development data since stop 52): marketers at biotech, genomics, diagnostics and life-science tools firms and research institutes in the UK, Ireland, Switzerland, Denmark and the US (Oxford Nanopore Technologies, Illumina, Genomics England, 23andMe, Novo Nordisk, Novonesis, Lonza, Abcam, Bicycle Therapeutics, Exscientia, Oxford Biomedica, Genmab, Horizon Discovery, the Wellcome Sanger Institute, the Francis Crick Institute, Thermo Fisher Scientific, Qiagen) writing CIM Level 6 and 7 reports and MBA assignments in English on B2B, scientific, investor and patient marketing; Word's curly singles most of all (British and Irish Word, corporate templates), curly doubles often (Word set to English (US) at US-owned and US-listed firms: Illumina, Thermo Fisher, 23andMe, Bicycle; Danish and Swiss writers who learnt double quotes), straight ones often (LaTeX, Google Docs and Markdown habits of scientists turned marketers, Teams and Slack pastes); headings as UK, Irish, Danish and Swiss candidates and CIM centres use them ("References" most of all, "Reference list", "Reference List", "REFERENCES", "Bibliography", "Literature"), straight apostrophes often (scientists' editors, phones), bulleted lists often (personas, buying centres, launch phases and recommendations are written in bullets)
    "blind263": Pool(blind263_text, Blind263WorkFactory, (("‘", "’"), ("‘", "’"), ("‘", "’"), ("“", "”"), ("“", "”"), ("“", "”"), ("'", "'"), ("'", "'"), ('"', '"'), ('"', '"')),
                     ("References", "References", "References", "References", "Reference list", "Reference List", "REFERENCES", "Bibliography", "References:", "Literature"),
                     straight_apostrophe=0.5, bullets=0.45),
    # blind264 (held out for its first tables, development data since stop 52): marketers in the Canary Islands, Madeira and the Azores and their diaspora (Las Palmas de Gran Canaria, Santa Cruz de Tenerife, La Laguna, Funchal, Ponta Delgada, Angra do Heroísmo, Horta; Caracas, Fall River, Toronto, Jersey, London) at food and drink firms (Dorada, Arehucas, Blandy's, Gorreana, Insulac), tourism and transport (Binter, Fred. Olsen Express, SATA Azores Airlines, Loro Parque, Pestana, Lopesan), retail and banks (Hiperdino, Caja Siete, Millennium bcp, Caixa Geral de Depósitos) and NGOs writing CIM Level 6 and 7 reports and MBA assignments in English; curly singles most of all (Word set to English (UK) in British-trained and Jersey candidates' templates), curly doubles often (Word in Spanish and Portuguese writes «» and “”, and candidates who learnt English in Caracas, Toronto and Fall River use doubles), straight ones often (Google Docs, phones, WhatsApp pastes); headings as CIM centres and Spanish and Portuguese business schools use them ("References" most of all, "Reference list", "REFERENCES", "Bibliography", "Referencias" left from a Spanish template, "Sources"), straight apostrophes often (Spanish and Portuguese keyboards), bulleted lists often (PESTLE, 7Ps and recommendations are written in bullets)
    "blind264": Pool(blind264_text, Blind264WorkFactory, (("‘", "’"), ("‘", "’"), ("‘", "’"), ("“", "”"), ("“", "”"), ("“", "”"), ("“", "”"), ("'", "'"), ('"', '"'), ('"', '"')),
                     ("References", "References", "References", "References", "Reference list", "Reference List", "REFERENCES", "Bibliography", "Referencias", "Sources"),
                     straight_apostrophe=0.55, bullets=0.45),
    # blind265 (held out for its first tables, development data since stop 52): marketers at opticians, hearing-care providers, eyewear and lens makers and audiology firms in the UK, Ireland, the Netherlands, Denmark and Australia (Specsavers, Boots Opticians, Vision Express, Scrivens, Leightons, Optical Express, Bayfields, Hakim Group, HearingLife, Amplifon, Boots Hearingcare, Hidden Hearing, Pearle, Hans Anders, Demant (Oticon), GN Hearing (ReSound), Sonova (Phonak), EssilorLuxottica, Ray-Ban, Ace & Tate, Cubitts, Bloobloom, Bailey Nelson, OPSM) writing CIM Level 6 and 7 reports and MBA assignments in English on retail, healthcare, franchise and B2B marketing; Word's curly singles most of all (British and Irish Word, head-office and franchise templates), curly doubles often (Australian, Dutch and Danish writers, Word set to English (US)), straight ones often (Google Docs, phones, practice-management systems pasted from); headings as UK, Irish, Dutch, Danish and Australian candidates and CIM centres use them ("References" most of all, "Reference list", "Reference List", "REFERENCES", "References:", "Bibliography"), straight apostrophes often (phones, Google Docs), bulleted lists often (segments, channel plans and recommendations are written in bullets)
    "blind265": Pool(blind265_text, Blind265WorkFactory, (("‘", "’"), ("‘", "’"), ("‘", "’"), ("‘", "’"), ("“", "”"), ("“", "”"), ("“", "”"), ("'", "'"), ("'", "'"), ('"', '"')),
                     ("References", "References", "References", "References", "Reference list", "Reference List", "REFERENCES", "References:", "Bibliography", "References"),
                     straight_apostrophe=0.45, bullets=0.4),
    # blind266 (held out for its first tables, development data since stop 52): marketers at tableware, ceramics, glass, cookware and homeware makers and retailers in the UK, Ireland, Denmark, Germany and France (Wedgwood, Royal Doulton, Portmeirion, Denby, Emma Bridgewater, Burleigh, Waterford Crystal, Dartington Crystal, Nkuku, Villeroy & Boch, Royal Copenhagen, Georg Jensen, Stelton, Le Creuset, Staub, Pyrex, Joseph Joseph, ProCook, Lakeland, Dunelm, Habitat, The White Company, Arnotts, Avoca) writing CIM Level 6 and 7 reports and MBA assignments in English on heritage, luxury, gifting, DTC and wholesale marketing; Word's curly singles most of all (British and Irish Word), curly doubles often (Danish and German writers who learnt double quotes, Word set to English (US)), straight ones often (Google Docs, Canva and phone drafts of brand and e-commerce teams); headings as UK, Irish, Danish and German candidates and CIM centres use them ("References" most of all, "Reference list", "Reference List", "REFERENCES", "Bibliography", "References:", "Sources"), straight apostrophes often (phones, Google Docs), bulleted lists often (ranges, channels, personas and recommendations are written in bullets)
    "blind266": Pool(blind266_text, Blind266WorkFactory, (("‘", "’"), ("‘", "’"), ("‘", "’"), ("‘", "’"), ("“", "”"), ("“", "”"), ("“", "”"), ("'", "'"), ("'", "'"), ('"', '"')),
                     ("References", "References", "References", "References", "Reference list", "Reference List", "REFERENCES", "Bibliography", "References:", "Sources"),
                     straight_apostrophe=0.45, bullets=0.4),
    # blind267 (held out for its first tables, development data since stop 52): marketers in Morocco and its diaspora (Casablanca, Rabat, Marrakech, Tangier, Fès, Agadir, Oujda; Paris, Brussels, Amsterdam, Montreal, Madrid) at banks and fintechs, telecoms, retail and food, tourism and airlines, argan and cosmetics cooperatives, OCP Group and start-ups writing CIM Level 6 and 7 reports and MBA assignments in English; French-trained writers type curly doubles (French Word set to English) often and straight ones often (Google Docs, phone drafts, AZERTY keyboards without smart quotes), curly singles from British-trained tutors' templates, now and then French guillemets; headings as Moroccan business schools and UK centres use them ("References", "Bibliography" often (the French "Bibliographie" habit), "Reference list", "REFERENCES", "References:", "Sources"), straight apostrophes often (AZERTY and phones), bulleted lists often (recommendations and KPIs in bullets)
    "blind267": Pool(blind267_text, Blind267WorkFactory, (("“", "”"), ("“", "”"), ("“", "”"), ("‘", "’"), ("‘", "’"), ("‘", "’"), ('"', '"'), ('"', '"'), ('"', '"'), ("'", "'"), ("«", "»")),
                     ("References", "References", "References", "References", "Bibliography", "Bibliography", "Reference list", "REFERENCES", "References:", "Sources"),
                     straight_apostrophe=0.55, bullets=0.45),
    # blind268 (held out for its first tables, development data since stop 52): marketers at dental practices and groups, orthodontists, clear-aligner brands, oral-care makers and dental suppliers in the UK, Ireland, the Netherlands, Sweden and Australia (Bupa Dental Care, mydentist, Portman Dental Care, Colosseum Dental, Dental Care Ireland, Smile Direct Club, Straumann, Align Technology (Invisalign), Colgate-Palmolive, Haleon (Sensodyne, Parodontax), Oral-B (P&G), Philips Sonicare, Curaprox, Henry Schein, Dentsply Sirona) writing CIM Level 6 and 7 reports and MBA assignments in English on private and NHS dentistry, consumer oral care and B2B dental marketing; Word's curly singles most of all (British and Irish Word, dental groups' templates), curly doubles often (Australian, Dutch and Swedish writers, Word set to English (US) at US-owned suppliers), straight ones often (Google Docs, phones, practice-management systems and CRM notes pasted from); headings as UK, Irish, Dutch, Swedish and Australian candidates and CIM centres use them ("References" most of all, "Reference list", "Reference List", "REFERENCES", "References:", "Bibliography"), straight apostrophes often (phones, Google Docs, practice PCs), bulleted lists often (patient segments, channel plans and recommendations are written in bullets)
    "blind268": Pool(blind268_text, Blind268WorkFactory, (("‘", "’"), ("‘", "’"), ("‘", "’"), ("‘", "’"), ("“", "”"), ("“", "”"), ("“", "”"), ("'", "'"), ("'", "'"), ('"', '"')),
                     ("References", "References", "References", "References", "Reference list", "Reference List", "REFERENCES", "References:", "Bibliography", "References"),
                     straight_apostrophe=0.45, bullets=0.35),
    # blind269 (held out for its first tables, development data since stop 52): marketers at musical-instrument makers, pro-audio and music-technology firms, music retailers and music-education providers in the UK, Ireland, the US, Germany and Japan (Fender, Gibson, PRS, Marshall, Orange Amplification, Yamaha, Roland, Korg, Steinway & Sons, Focusrite, Native Instruments, Ableton, Thomann, Andertons, PMT, Gear4music, Sweetwater, Reverb, ABRSM, Trinity College London, Rockschool, Yousician) writing CIM Level 6 and 7 reports and MBA assignments in English on brand, e-commerce, artist-relations, community and education marketing; Word's curly singles most of all (British and Irish Word), curly doubles often (American writers and German and Japanese writers with Word set to English (US)), straight ones often (Google Docs, Notion and phone drafts of small retail and music-tech teams, copy pasted from Shopify and forums); headings as UK, Irish, US, German and Japanese candidates, CIM centres and MBA schools use them ("References" most of all, "Reference list", "Reference List", "REFERENCES", "References:", "Bibliography", "Works Cited"), straight apostrophes often (phones, Google Docs, forum-style writing), bulleted lists often (ranges, channels, artist rosters and recommendations are written in bullets)
    "blind269": Pool(blind269_text, Blind269WorkFactory, (("‘", "’"), ("‘", "’"), ("‘", "’"), ("‘", "’"), ("“", "”"), ("“", "”"), ("“", "”"), ("'", "'"), ("'", "'"), ('"', '"')),
                     ("References", "References", "References", "References", "Reference list", "Reference List", "REFERENCES", "References:", "Bibliography", "Works Cited"),
                     straight_apostrophe=0.5, bullets=0.45),
    # blind270 (held out for its first tables, development data since stop 52): marketers in southern India (Chennai, Coimbatore, Madurai, Bengaluru, Mysuru, Kochi, Thiruvananthapuram, Hyderabad, Visakhapatnam) and its diaspora (Singapore, Kuala Lumpur, Dubai, Leicester, London, Toronto, New Jersey) at banks and fintechs, FMCG and food, retail and jewellery, IT services and start-ups, tourism and NGOs writing CIM Level 6 and 7 reports and MBA assignments in English; curly singles and doubles about as often as each other (Word set to English (India) or English (US) in offices, colleges and coaching centres), straight ones very often (Google Docs, phones, WhatsApp drafts and copy pasted from portals and PDFs); headings as Indian universities, B-schools, CIM centres in India and the Gulf and UK universities use them ("References" most of all, "Reference list", "REFERENCES", "References:", "Bibliography", "Webliography", "Reference List"), straight apostrophes very often (phones, Google Docs, Indian keyboard layouts), bulleted lists often (objectives, findings and recommendations are written in bullets)
    "blind270": Pool(blind270_text, Blind270WorkFactory, (("‘", "’"), ("‘", "’"), ("‘", "’"), ("“", "”"), ("“", "”"), ("“", "”"), ("'", "'"), ("'", "'"), ('"', '"'), ('"', '"')),
                     ("References", "References", "References", "References", "Reference list", "REFERENCES", "References:", "Bibliography", "Webliography", "Reference List"),
                     straight_apostrophe=0.6, bullets=0.45),
    # blind271 (held out for its first tables, development data since stop 52): marketers at insurers, brokers, price-comparison sites, insurtechs and Lloyd's market firms in the UK, Ireland and Canada (Aviva, Direct Line, Admiral, Hastings Direct, Zurich, AXA, Allianz, LV=, Legal & General, Royal London, Vitality, Bupa, Lemonade, Cuvva, By Miles, Marshmallow, Compare the Market, MoneySupermarket, GoCompare, Confused.com, FBD, Laya Healthcare, Intact, Desjardins) writing CIM Level 6 and 7 reports and MBA assignments in English on brand, direct, broker-channel, embedded and B2B marketing; Word's curly singles most of all (British and Irish Word, insurers' locked-down templates), curly doubles often (Canadian writers and Word set to English (US) or English (Canada)), straight ones often (Google Docs, phone drafts at insurtechs, copy pasted from CRM, broker portals and policy-admin systems); headings as UK, Irish and Canadian candidates, CIM centres and MBA schools use them ("References" most of all, "Reference list", "Reference List", "REFERENCES", "References:", "Bibliography", "List of references"), straight apostrophes often (phones, Google Docs, insurtech Slack-style drafts), bulleted lists often (segments, channel plans, KPIs and recommendations are written in bullets)
    "blind271": Pool(blind271_text, Blind271WorkFactory, (("‘", "’"), ("‘", "’"), ("‘", "’"), ("‘", "’"), ("“", "”"), ("“", "”"), ("“", "”"), ("'", "'"), ("'", "'"), ('"', '"')),
                     ("References", "References", "References", "References", "Reference list", "Reference List", "REFERENCES", "References:", "Bibliography", "List of references"),
                     straight_apostrophe=0.45, bullets=0.4),
    # blind272 (held out for its first tables, development data since stop 52): marketers at printers, stationery, greeting-card and gift-wrap makers, office-supplies retailers and paper brands in the UK, Ireland, Germany and Italy (Moo, Vistaprint, Solopress, Moonpig, Funky Pigeon, Card Factory, Hallmark UK, Paperchase, Ryman, WHSmith, Papier, Smythson, Leuchtturm1917, Moleskine, Stabilo, Staedtler, Faber-Castell, Pukka Pads, Viking, Lyreco, Eason) writing CIM Level 6 and 7 reports and MBA assignments in English on consumer, seasonal, gifting, DTC and B2B marketing; Word's curly singles most of all (British and Irish Word), curly doubles often (German and Italian writers with Word set to English (US), and copy from Italian and German brand pages with their « » turned to doubles), straight ones often (Google Docs, Canva and phone drafts of small card and print teams, copy pasted from Shopify and Etsy listings); headings as UK, Irish, German and Italian candidates, CIM centres and MBA schools use them ("References" most of all, "Reference list", "Reference List", "REFERENCES", "References:", "Bibliography", "List of references"), straight apostrophes often (phones, Google Docs, Canva), bulleted lists often (ranges, occasions, channels and recommendations are written in bullets)
    "blind272": Pool(blind272_text, Blind272WorkFactory, (("‘", "’"), ("‘", "’"), ("‘", "’"), ("‘", "’"), ("“", "”"), ("“", "”"), ("“", "”"), ("'", "'"), ("'", "'"), ('"', '"')),
                     ("References", "References", "References", "References", "Reference list", "Reference List", "REFERENCES", "References:", "Bibliography", "List of references"),
                     straight_apostrophe=0.45, bullets=0.4),
    # blind273 (held out for its first tables, development data since stop 52): marketers in Haiti and the French Antilles and their diaspora (Montreal, Miami, Brooklyn, Paris, Boston) at banks and money-transfer firms, telecoms, rum, food and drink makers, retail, tourism, airlines and NGOs writing CIM Level 6 and 7 reports and MBA assignments in English after French and Haitian Creole; curly doubles most of all (French Word set to English turns « » into doubles), Word's curly singles often, straight ones often (Google Docs and phone drafts, copy from WhatsApp and Facebook); headings as French-trained and North American candidates write them ("References" most of all, "Reference list", "Bibliography" and "Bibliographie" from French schooling, "Works Cited" from US and Canadian colleges, "REFERENCES", "References:"), straight apostrophes often (phones, AZERTY keyboards), bulleted lists often
    "blind273": Pool(blind273_text, Blind273WorkFactory, (("“", "”"), ("“", "”"), ("“", "”"), ("‘", "’"), ("‘", "’"), ("'", "'"), ('"', '"'), ('"', '"')),
                     ("References", "References", "References", "Reference list", "Bibliography", "Bibliographie", "Works Cited", "REFERENCES", "References:"),
                     straight_apostrophe=0.5, bullets=0.35),
    # blind274 (held out for its first tables, development data since stop 52): marketers in Cameroon, Gabon, the Republic of the Congo and the Democratic Republic of the Congo and their diaspora (Douala, Yaoundé, Libreville, Port-Gentil, Brazzaville, Pointe-Noire, Kinshasa, Lubumbashi; Paris, Brussels, Lyon, Montreal, London) at banks and mobile money (Afriland First Bank, Rawbank, BGFIBank, Ecobank, Orange Money, MTN MoMo, M-Pesa Vodacom RDC), breweries and food (Brasseries du Cameroun, Bralima, Guinness Cameroun, Chococam), telecoms (Orange, MTN, Airtel, Vodacom Congo), retail and distribution, and NGOs writing CIM Level 6 and 7 reports and MBA assignments in English (most learnt French first; some write English as Anglophone Cameroonians do); Word set to French most of all, so its curly doubles and the « » of French copy turned to doubles by English autocorrect, Word's curly singles often (Anglophone Cameroonian and London, Brussels and Montreal diaspora candidates with Word in English (UK)), straight ones often (WhatsApp, phone and Google Docs drafts, copy from Facebook pages); headings as francophone and Anglophone candidates, CIM centres and MBA schools use them ("References" most of all, "Reference list", "REFERENCES", "Bibliography", "Bibliographie", "References:", "List of references"), straight apostrophes often (phones, French keyboards), bulleted lists often (offers, tariffs, channels and recommendations are written in bullets)
    "blind274": Pool(blind274_text, Blind274WorkFactory, (("“", "”"), ("“", "”"), ("“", "”"), ("“", "”"), ("‘", "’"), ("‘", "’"), ("‘", "’"), ("'", "'"), ('"', '"'), ('"', '"')),
                     ("References", "References", "References", "References", "Reference list", "REFERENCES", "Bibliography", "Bibliography", "Bibliographie", "References:", "List of references"),
                     straight_apostrophe=0.55, bullets=0.4),
    # blind275 (held out for its first tables, development data since stop 52): marketers at hair salons, barbers, beauty and nail salons, salon-product brands and booking platforms in the UK, Ireland, Australia and the Netherlands (Toni & Guy, Rush, Regis, Headmasters, Supercuts, Bloww, Hershesons, Neville Hair & Beauty, Peter Mark, Just Cuts, Sally Beauty, L'Oréal Professionnel, Wella, Olaplex, GHD, Fresha, Treatwell, Booksy, Phorest, Salon Scale) writing CIM Level 6 and 7 reports and MBA assignments in English on small-business, franchise, loyalty, social-media and B2B trade marketing; Word's curly singles most of all (British and Irish Word), curly doubles often (Australian and Dutch writers with Word set to English (US), copy from brand and platform pages), straight ones often (phones, Google Docs, Canva and salon-software notes of small salon teams); headings as UK, Irish, Australian and Dutch candidates, CIM centres and MBA schools use them ("References" most of all, "Reference list", "Reference List", "REFERENCES", "References:", "Bibliography"), straight apostrophes often (phones, Google Docs), bulleted lists often (price lists, services, channels and recommendations are written in bullets)
    "blind275": Pool(blind275_text, Blind275WorkFactory, (("‘", "’"), ("‘", "’"), ("‘", "’"), ("‘", "’"), ("“", "”"), ("“", "”"), ("“", "”"), ("'", "'"), ("'", "'"), ('"', '"')),
                     ("References", "References", "References", "References", "Reference list", "Reference list", "Reference List", "REFERENCES", "References:", "Bibliography"),
                     straight_apostrophe=0.5, bullets=0.45),
    # blind276 (HELD OUT): marketers in Mongolia and its diaspora (Ulaanbaatar, Erdenet, Darkhan; Seoul, Incheon, Tokyo, Prague, Berlin, Melbourne, Chicago) at banks and fintechs (Khan Bank, Golomt Bank, TDB, XacBank, LendMN), telecoms (Mobicom, Unitel, Skytel), mining and cashmere (Oyu Tolgoi, Erdenes Tavan Tolgoi, Gobi Cashmere, Goyo), food, drink and retail (APU, Nomin, E-Mart Mongolia, Khan Buuz), tourism and airlines (MIAT, Hunnu Air) and NGOs writing CIM Level 6 and 7 reports and MBA assignments in English; curly doubles most of all (Word set to English (US), as Mongolian and Korean universities install it), Word's curly singles often (British-trained tutors, CIM centres), straight ones often (phones, Google Docs, text copied from Facebook and Messenger); headings as candidates taught in Ulaanbaatar, Seoul, Prague and Melbourne write them ("References" most of all, "Reference list", "REFERENCES", "References:", "Bibliography", "List of references", "Literature"), straight apostrophes often (phones, Google Docs, keyboards switched between Cyrillic and Latin), bulleted lists often (SWOT and PESTLE points, channels and recommendations)
    "blind276": Pool(blind276_text, Blind276WorkFactory, (("“", "”"), ("“", "”"), ("“", "”"), ("“", "”"), ("‘", "’"), ("‘", "’"), ("‘", "’"), ("'", "'"), ('"', '"'), ('"', '"')),
                     ("References", "References", "References", "References", "Reference list", "REFERENCES", "References:", "Bibliography", "List of references", "Literature"),
                     straight_apostrophe=0.55, bullets=0.45),
    # blind277 (HELD OUT): marketers at laundries, dry cleaners, laundry apps, textile-care and laundry-product brands and launderette chains in the UK, Ireland, the Netherlands and Belgium (Johnson Cleaners, Timpson, Laundrapp, Oxwash, ZIPS, Laundryheap, Revolution Laundry, Circuit, Jeeves of Belgravia, Persil, Ariel, Surcare, Dr. Beckmann, Miele Professional, Electrolux Professional, Speed Queen, Christeyns) writing CIM Level 6 and 7 reports and MBA assignments in English on small-business, subscription, franchise, B2B and sustainability marketing; Word's curly singles most of all (British and Irish Word), curly doubles often (Dutch and Flemish writers with Word set to English (US), copy from brand pages), straight ones often (phones, Google Docs, shop-counter PCs of small laundries); headings as UK, Irish, Dutch and Belgian candidates, CIM centres and MBA schools use them ("References" most of all, "Reference list", "Reference List", "REFERENCES", "References:", "Bibliography", "List of references"), straight apostrophes often (phones, Google Docs, Dutch keyboards), bulleted lists often (price lists, subscription tiers, channels and recommendations are written in bullets)
    "blind277": Pool(blind277_text, Blind277WorkFactory, (("‘", "’"), ("‘", "’"), ("‘", "’"), ("‘", "’"), ("“", "”"), ("“", "”"), ("“", "”"), ("'", "'"), ("'", "'"), ('"', '"')),
                     ("References", "References", "References", "References", "Reference list", "Reference list", "Reference List", "REFERENCES", "References:", "Bibliography", "List of references"),
                     straight_apostrophe=0.5, bullets=0.45),
    # blind278 (HELD OUT): marketers at golf clubs and resorts, golf-equipment and golf-apparel brands, golf retailers, tour bodies and golf-tech firms in the UK, Ireland, Spain and Portugal (St Andrews Links Trust, The Belfry, Gleneagles, Adare Manor, Valderrama, Quinta do Lago, Callaway, TaylorMade, Titleist, Ping, Mizuno, Galvin Green, FootJoy, American Golf, Golf Support, Clubhouse Golf, Trackman, Topgolf, Hole19, England Golf, Golf Ireland, the R&A, the DP World Tour) writing CIM Level 6 and 7 reports and MBA assignments in English on membership, hospitality, retail, sponsorship and participation marketing; Word's curly singles most of all (British and Irish Word), curly doubles often (Spanish and Portuguese writers with Word set to English (US), copy from American brand pages), straight ones now and then (phones, Google Docs, club-software notes); headings as UK, Irish, Spanish and Portuguese candidates, CIM centres and MBA schools use them ("References" most of all, "Reference list", "Reference List", "REFERENCES", "References:", "Bibliography", "Bibliographical references"), straight apostrophes often (phones, Google Docs, Spanish and Portuguese keyboards), bulleted lists often (membership tiers, packages, channels and recommendations are written in bullets)
    "blind278": Pool(blind278_text, Blind278WorkFactory, (("‘", "’"), ("‘", "’"), ("‘", "’"), ("‘", "’"), ("“", "”"), ("“", "”"), ("“", "”"), ("'", "'"), ('"', '"')),
                     ("References", "References", "References", "References", "Reference list", "Reference list", "Reference List", "REFERENCES", "References:", "Bibliography", "Bibliographical references"),
                     straight_apostrophe=0.4, bullets=0.4),
    # blind281 (HELD OUT): marketers at hotels and resorts, tour operators, banks and microfinance institutions, mobile operators, brewers, coffee and consumer brands, airlines and tourism boards in Cambodia and Laos (Raffles Hotel Le Royal, Sofitel Angkor, Amansara, Rosewood Phnom Penh, Azerai, Exotic Voyages, ACLEDA Bank, ABA Bank, Wing, Prince Bank, Smart Axiata, Cellcard, Metfone, Lao Telecom, Unitel, BCEL, Beerlao, Cambrew, Brown Coffee, Lao Airlines, Cambodia Angkor Air, the Ministry of Tourism of Cambodia) writing CIM Level 6 and 7 reports and MBA assignments in English on tourism, financial-inclusion, mobile and consumer marketing; Word's curly doubles most of all (Word set to English (US), as it ships in Phnom Penh and Vientiane), curly singles often (international hotel groups' and British-trained tutors' templates), straight ones often (Google Docs, phones, Khmer and Lao keyboards, Telegram pastes); headings as these candidates, CIM centres and MBA schools use them ("References" most of all, "Reference", "Reference List", "REFERENCES", "References:", "Bibliography"), straight apostrophes often (Khmer and Lao keyboard layouts, phones), bulleted lists often (packages, channels, segments and recommendations are written in bullets)
    "blind281": Pool(blind281_text, Blind281WorkFactory, (("“", "”"), ("“", "”"), ("“", "”"), ("‘", "’"), ("‘", "’"), ('"', '"'), ('"', '"'), ("'", "'")),
                     ("References", "References", "References", "References", "Reference", "Reference List", "Reference list", "REFERENCES", "References:", "Bibliography"),
                     straight_apostrophe=0.55, bullets=0.35),
    # blind243 (held out for its first tables, development data since stop 49): marketers at home-improvement, furniture, homewares and garden retailers and their suppliers in the UK and Ireland (B&Q, Screwfix, Wickes, Homebase, IKEA UK, Dunelm, DFS, ScS, Furniture Village, Oak Furnitureland, Made.com, Wayfair UK, Dobbies, Blue Diamond, Woodie's, Harvey Norman Ireland, Farrow & Ball, Dulux (AkzoNobel), Crown Paints, Hillarys) writing CIM Level 6 and 7 reports and MBA assignments in English on retail, omnichannel and trade marketing; Word's curly singles most of all (British and Irish Word, retailers' brand templates), curly doubles now and then (Word set to English (US) at US- and Swedish-owned firms: Wayfair, IKEA), straight ones often (Teams, Google Docs and Outlook pastes, store and head-office PCs, product-information and ecommerce-platform text, phones); headings as UK and Irish candidates and CIM centres use them ("References" most of all, "Reference list", "Reference List", "REFERENCES", "References:", "Bibliography", "Sources"), straight apostrophes often (Google Docs, store PCs, phones), bulleted lists often (range reviews, trade plans, campaign calendars and recommendations are written in bullets)
    "blind243": Pool(blind243_text, Blind243WorkFactory, (("‘", "’"), ("‘", "’"), ("‘", "’"), ("‘", "’"), ("“", "”"), ("“", "”"), ("'", "'"), ("'", "'"), ("'", "'"), ('"', '"')),
                     ("References", "References", "References", "References", "Reference list", "Reference List", "REFERENCES", "References:", "Bibliography", "Sources"),
                     straight_apostrophe=0.5, bullets=0.4),
    # blind244 (held out for its first tables, development data since stop 49): marketers at law firms, accountancy and audit firms, tax advisers and professional-services networks in the UK and Ireland (Allen & Overy, Clifford Chance, Linklaters, Slaughter and May, DLA Piper, Irwin Mitchell, Slater and Gordon, Shoosmiths, Arthur Cox, A&L Goodbody, McCann FitzGerald, Deloitte, PwC, EY, KPMG, Grant Thornton, BDO, RSM UK, Azets, Moore Kingston Smith) writing CIM Level 6 and 7 reports and MBA assignments in English on B2B, business-development and thought-leadership marketing; Word's curly singles most of all (British and Irish Word, firms' house-style templates, which follow the Oxford and law-report habit of single quotes), curly doubles now and then (Word set to English (US), US-headquartered firms' templates), straight ones fairly often (Teams, Outlook and iManage pastes, CRM notes from InterAction and Salesforce, phones); headings as UK and Irish candidates and CIM centres use them ("References" most of all, "Reference list", "Reference List", "REFERENCES", "References:", "Bibliography", "List of references"), straight apostrophes fairly often (Outlook, Teams, phones), bulleted lists often (BD plans, pitch recommendations and client-listening findings are written in bullets)
    "blind244": Pool(blind244_text, Blind244WorkFactory, (("‘", "’"), ("‘", "’"), ("‘", "’"), ("‘", "’"), ("‘", "’"), ("“", "”"), ("“", "”"), ("'", "'"), ("'", "'"), ('"', '"')),
                     ("References", "References", "References", "References", "Reference list", "Reference List", "REFERENCES", "References:", "Bibliography", "List of references"),
                     straight_apostrophe=0.4, bullets=0.4),
    # blind241 (held out for its first tables, development data since stop 49): marketers at museums, galleries, heritage sites, theatres, orchestras, festivals and arts charities in the UK and Ireland (the National Trust, English Heritage, Historic Environment Scotland, Cadw, Tate, the V&A, the British Museum, the Science Museum Group, National Museums Liverpool, the RSC, the National Theatre, the Royal Opera House, the Edinburgh International Festival, the Hay Festival, Kew, the Eden Project, the Abbey Theatre, the National Gallery of Ireland, the Ulster Museum) writing CIM Level 6 and 7 reports and MBA assignments in English; Word's curly singles most of all (British and Irish Word, institutions' house-style templates that follow Oxford and Cambridge house styles), curly doubles fairly often (Word set to English (US), Irish and Scottish universities' templates), straight ones often (ticketing and CRM exports such as Spektrix and Tessitura, Google Docs, Teams and phones); headings as UK and Irish candidates and CIM centres use them ("References" most of all, "Reference list", "Reference List", "REFERENCES", "References:", "Bibliography", "Sources"), straight apostrophes often (Google Docs, phones, CRM notes), bulleted lists fairly often (audience-development plans, supporter journeys and membership recommendations are written in bullets)
    "blind241": Pool(blind241_text, Blind241WorkFactory, (("‘", "’"), ("‘", "’"), ("‘", "’"), ("‘", "’"), ("‘", "’"), ("“", "”"), ("“", "”"), ("'", "'"), ("'", "'"), ('"', '"')),
                     ("References", "References", "References", "References", "Reference list", "Reference List", "REFERENCES", "References:", "Bibliography", "Sources"),
                     straight_apostrophe=0.45, bullets=0.35),
}  # fmt: skip


@dataclass(frozen=True)
class TruthCitation:
    block: int
    start: int
    end: int
    lead: str
    year: str
    forms: frozenset[str]


@dataclass(frozen=True)
class TruthEntry:
    block: int
    lead: str
    year: str


@dataclass(frozen=True)
class TruthProblem:
    kind: str
    lead: str | None
    year: str | None


@dataclass(frozen=True)
class Decoy:
    """Text that must not be read as a citation nor raise a problem."""

    block: int
    start: int
    end: int
    kind: str


@dataclass
class CorpusDocument:
    name: str
    document: Document
    regions: tuple[str | None, ...]
    citations: list[TruthCitation]
    entries: list[TruthEntry]
    problems: list[TruthProblem]
    decoys: list[Decoy]
    works: list[Work] = field(default_factory=list)


class _Paragraph:
    """Text written piece by piece, keeping the spans of the citations and decoys in it."""

    def __init__(self) -> None:
        self.text = ""
        self.citations: list[tuple[int, int, str, str, set[str]]] = []
        self.decoys: list[tuple[int, int, str]] = []

    def add(self, piece: str) -> None:
        self.text += piece


# Letters that do not decompose into a base letter and an accent, filed under their base letter.
_LETTERS = str.maketrans({"ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "æ": "ae", "Æ": "AE", "ß": "ss", "đ": "d",
                          "Đ": "D", "œ": "oe", "Œ": "OE", "þ": "th", "ı": "i", "ɗ": "d", "Ɗ": "D", "ɓ": "b", "Ɓ": "B",
                          "ƙ": "k", "Ƙ": "K", "ƴ": "y", "Ƴ": "Y", "ɛ": "e", "Ɛ": "E", "ɔ": "o", "Ɔ": "O",
                          "ħ": "h", "Ħ": "H"})  # fmt: skip


def _collate(text: str) -> str:
    """Letter-by-letter filing: accents, case, spaces and punctuation ignored ("O'Neill" as "ONeill"), and the
    modifier letters that mark an Arabic ʿayn or hamza ("ʿAbd al-Raḥmān" is filed under A)."""
    plain = unicodedata.normalize("NFKD", text.translate(_LETTERS))
    return "".join(ch for ch in plain
                   if ch.isalnum() and not unicodedata.combining(ch) and unicodedata.category(ch) != "Lm").casefold()  # fmt: skip


class _Builder:
    def __init__(self, seed: int, half: str) -> None:
        self.seed, self.half = seed, half
        self.rng = random.Random(seed * 7919 + 17)
        self.pool = POOLS.get(half)
        factories: dict[str, type[WorkFactory]] = {"blind": BlindWorkFactory, "blind2": Blind2WorkFactory}
        self.factory = self.pool.works(seed) if self.pool is not None else factories.get(half, WorkFactory)(seed)
        self.fake = Faker("en_GB")
        self.fake.seed_instance(seed)
        self.brands = [self.fake.company() for _ in range(3)]
        if half == "blind":  # real UK brands beside one invented company, as reports name them
            self.brands = self.rng.sample(text.BRANDS, 2) + self.brands[:1]
        if half == "blind2":  # its own list of real brands, beside one invented company
            self.brands = self.rng.sample(text.BRANDS2, 2) + self.brands[:1]
        if self.pool is not None:  # the pool's own real brands, beside one invented company
            self.brands = self.rng.sample(self.pool.text.BRANDS, 2) + self.brands[:1]

    # ---------------------------------------------------------------- small pieces of prose
    def pick(self, pools: dict[str, list[str]]) -> str:
        return self.rng.choice(pools[self.half])

    def fill(self, frame: str) -> str:
        values = {
            "B": self.rng.choice(self.brands), "A": self.rng.choice(text.AUDIENCES), "R": self.rng.choice(text.RESULTS),
            "T": self.rng.choice(["email marketing", "influencer content", "personalisation", "loyalty schemes",
                                  "short-form video", "paid search", "live chat", "user-generated content"]),
            "bs": self.fake.bs(), "ACR": "".join(self.rng.choices(string.ascii_uppercase, k=self.rng.randint(3, 5))),
            "Y": str(self.rng.randint(1995, 2024)), "n": str(self.rng.randint(12, 900)), "q": str(self.rng.randint(1, 4)),
            "d": str(self.rng.randint(1, 28)), "M": self.rng.choice(["summer", "coffee", "trainers", "skincare"]),
        }  # fmt: skip
        values["Y2"] = str(int(values["Y"]) + self.rng.randint(1, 4))
        if self.half == "blind2":  # fill values only its frames use, drawn after the others so no half changes
            values.update(text.blind2_values(self.rng))
        if self.pool is not None:
            values.update(self.pool.text.values(self.rng))
        filled = re.sub(r"\{(\w+)\}", lambda m: values.get(m.group(1), m.group(0)), frame)
        # "Gail's's" is written "Gail's"
        return filled.replace("'s's", "'s") if self.pool is not None else filled

    def claim(self) -> str:
        return self.fill(self.pick(text.CLAIMS))

    def opener(self) -> str:
        return self.fill(self.pick(text.OPENERS))

    def _quotation(self) -> str:
        first, second = self.claim(), self.claim()
        # blind2 and blind3 keep the claim's own capitals ("CRM", "UK", brand names); the others stay as they were.
        first = first[:1].upper() + first[1:] if self.half == "blind2" or self.pool is not None else first.capitalize()
        if self.pool is not None:  # candidates' quotation marks vary: curly or straight, single or double
            opening, closing = self.rng.choice(self.pool.quotation_marks)
            return f"{opening}{first} and {second}{closing}"
        return f"‘{first} and {second}’"

    # ---------------------------------------------------------------- citations
    def narrative(self, work: Work, locator: tuple[str, str] | None, possessive: bool = False) -> str:
        author = render.cite([work.record], "author")
        year = render.cite([work.record], "year", [locator])
        mark = "’s"
        # typed with a straight apostrophe
        if possessive and self.pool is not None and self.rng.random() < self.pool.straight_apostrophe:
            mark = "'s"
        return f"{author}{mark if possessive else ''} ({year})"

    def _may_be_possessive(self, work: Work) -> bool:
        """People always; in the pools from blind3 on an organisation too ("Mintel’s (2023) report") when its name ends in a letter, not "s"."""
        if not work.organisation:
            return True
        return self.pool is not None and re.search(r"[A-Za-rt-z]$", work.lead) is not None

    def narrative_forms(self, work: Work) -> set[str]:
        if work.organisation:
            return {"narrative-organisation"}
        return {f"narrative-{min(work.authors, 4) if work.authors < 4 else 'et-al'}"}

    def _narrative_slot(self, work: Work, locator: tuple[str, str] | None,
                        forms: set[str]) -> tuple[str, list[tuple[Work, set[str]]]]:  # fmt: skip
        """A narrative citation for a frame that names the author before a quotation ("{N} argues that {Q}").

        Every quotation event offers it beside "{P}"; only frames that write "{N}" use it, and it draws nothing
        from the random source, so halves whose quotation frames have no "{N}" are unchanged.
        """
        return self.narrative(work, locator), [(work, self.narrative_forms(work) | forms)]

    def write_sentence(
        self, paragraph: _Paragraph, frame: str, slots: dict[str, tuple[str, list[tuple[Work, set[str]]]]]
    ) -> None:
        """Writes a frame, putting each slot's text in place and recording the works it cites."""
        frame = frame.replace("{C2}", self.claim()).replace("{C}", self.claim())
        frame = frame.replace("{O}", self.opener())
        # The blind half's frames use any of fill's placeholders ({Y}, {n}, {T}...), so they are always filled.
        filled = "{B}" in frame or "{A}" in frame or self.half in ("blind", "blind2") or self.pool is not None
        # "{P:see}" (blind half only) writes the parenthetical citation with a word inside its bracket: "(see X, 2020)".
        pieces = re.split(r"(\{[NPQ](?::[^{}]*)?\})", self.fill(frame) if filled else frame)
        sentence_start = len(paragraph.text)
        first_piece = True
        for piece in pieces:
            slot = re.fullmatch(r"\{([NPQ])(?::([^{}]*))?\}", piece)
            if slot is not None and slot.group(1) in slots:
                written, cited = slots[slot.group(1)]
                if slot.group(2) and written.startswith("("):
                    written = f"({slot.group(2)} {written[1:]}"
                if first_piece and written[:1].islower():
                    written = written[0].upper() + written[1:]
                start = len(paragraph.text)
                paragraph.add(written)
                for work, forms in cited:
                    where = {"sentence-start"} if start == sentence_start else {"mid-sentence"}
                    paragraph.citations.append((start, len(paragraph.text), work.lead, work.year, forms | where))
            elif piece:
                if first_piece:
                    piece = piece[0].upper() + piece[1:]
                paragraph.add(piece)
            first_piece = False
        paragraph.add(" ")

    # ---------------------------------------------------------------- one report
    def build(self) -> CorpusDocument:
        rng = self.rng
        works = [self.factory.make() for _ in range(rng.randint(6, 13))]
        if rng.random() < 0.4:  # one author's two works of the same year: 2019a and 2019b
            person = next((w for w in works if not w.organisation and w.year != "n.d."), None)
            if person is not None:
                twin = self.factory.make(person.kind if person.kind in ("book", "journal") else "book")
                twin.record["author"] = copy.deepcopy(person.record["author"])
                twin.record["issued"] = copy.deepcopy(person.record["issued"])
                twin.lead, twin.year, twin.authors = person.lead, person.year, person.authors
                works.append(twin)
        unlisted_originals = [self.factory.make(rng.choice(["book", "journal"])) for _ in range(rng.randint(0, 2))]
        self._suffix_years(works + unlisted_originals)
        planted = self._choose_problems()
        problems: list[TruthProblem] = []
        listed = list(works)
        cited = list(works)
        unique = [w for w in works if sum(_same_lead(w, o) for o in works) == 1]
        rng.shuffle(unique)
        mismatched: tuple[Work, Work] | None = None
        if "cited_not_listed" in planted and unique:
            work = unique.pop()
            listed.remove(work)
            problems.append(TruthProblem("cited_not_listed", work.lead, work.year))
        if "listed_not_cited" in planted:
            extra = self.factory.make()
            if not any(_same_lead(extra, o) for o in works):
                listed.append(extra)
                problems.append(TruthProblem("listed_not_cited", extra.lead, extra.year))
        if "year_mismatch" in planted and unique and unique[-1].year != "n.d.":
            work = unique.pop()
            wrong = copy.deepcopy(work.record)
            year = int(work.year[:4]) + rng.choice([-2, -1, 1, 2])
            wrong["issued"] = {"date-parts": [[year]]}
            wrong.pop("year-suffix", None)
            mismatched = (
                work,
                Work(wrong, work.lead, str(year), work.organisation, work.authors, work.kind, work.tags),
            )
            problems.append(TruthProblem("year_mismatch", work.lead, str(year)))
        if "missing_access_date" in planted:
            online = [w for w in listed if "accessed" in w.record and "DOI" not in w.record]
            if online:
                work = rng.choice(online)
                del work.record["accessed"]
                problems.append(TruthProblem("missing_access_date", work.lead, work.year))
        if "incomplete_entry" in planted:
            titled = [w for w in listed if w.kind in ("book", "report") and not w.organisation]
            if titled:
                work = rng.choice(titled)
                del work.record["title"]
                problems.append(TruthProblem("incomplete_entry", work.lead, work.year))
        # A pool may write an online source without its access date by habit, not as a planted problem: Cite Them
        # Right asks for one on every source read online that has no DOI, so the truth records it all the same.
        for work in listed:
            online = "URL" in work.record and "DOI" not in work.record and "accessed" not in work.record
            if online and TruthProblem("missing_access_date", work.lead, work.year) not in problems:
                problems.append(TruthProblem("missing_access_date", work.lead, work.year))
        has_list = "no_reference_list" not in planted
        if not has_list:
            problems = [TruthProblem("no_reference_list", None, None)]
        return self._assemble(cited, listed, unlisted_originals, mismatched, planted, problems, has_list)

    def _suffix_years(self, works: list[Work]) -> None:
        """Gives works whose citations would read the same a year suffix, ordered by title as the style does."""
        groups: dict[tuple[str, str], list[Work]] = {}
        for work in works:
            groups.setdefault((render.cite([work.record], "author"), work.year), []).append(work)
        for (_author, year), same in groups.items():
            if len(same) < 2:
                continue
            same.sort(key=lambda w: _collate(str(w.record.get("title", ""))))
            for letter, work in zip("abcdefgh", same, strict=False):
                work.record["year-suffix"] = letter
                work.year = f"{year}{letter}" if year != "n.d." else f"n.d.{letter}"

    def _choose_problems(self) -> set[str]:
        roll = self.rng.random()
        if roll < 0.06:
            return {"no_reference_list"}
        if roll < 0.3:
            return set()
        kinds = [k for k in PROBLEM_KINDS if k != "no_reference_list"]
        return set(self.rng.sample(kinds, self.rng.randint(1, 3)))

    # ---------------------------------------------------------------- events and paragraphs
    def _events(self, cited: list[Work], originals: list[Work], mismatched: tuple[Work, Work] | None,
                planted: set[str]) -> list[tuple[str, dict[str, tuple[str, list[tuple[Work, set[str]]]]]]]:  # fmt: skip
        """Sentences that cite: (frame, slots), every cited work at least once, in a shuffled order."""
        rng = self.rng
        events: list[tuple[str, dict[str, tuple[str, list[tuple[Work, set[str]]]]]]] = []
        pool = list(cited)
        rng.shuffle(pool)
        while pool:
            work = pool.pop()
            if mismatched is not None and work is mismatched[0]:
                work = mismatched[1]
            roll = rng.random()
            locator: tuple[str, str] | None = None
            forms: set[str] = set()
            if rng.random() < 0.2:
                locator = rng.choice([("page", str(rng.randint(2, 400))), ("page", f"{(p := rng.randint(2, 300))}-{p + rng.randint(1, 5)}"),
                                      ("paragraph", str(rng.randint(1, 30)))])  # fmt: skip
                forms.add("locator-paragraph" if locator[0] == "paragraph" else "locator-page")
            if roll < 0.42:
                possessive = self._may_be_possessive(work) and rng.random() < 0.12
                frames = text.POSSESSIVE if possessive else rng.choice([text.NARRATIVE_START, text.NARRATIVE_MID])
                written = self.narrative(work, locator, possessive)
                forms |= self.narrative_forms(work) | ({"narrative-possessive"} if possessive else set())
                events.append((self.pick(frames), {"N": (written, [(work, forms)])}))
            elif roll < 0.58 and pool:
                others = [pool.pop() for _ in range(min(len(pool), rng.randint(1, 2)))]
                group = [work] + [o if mismatched is None or o is not mismatched[0] else mismatched[1] for o in others]
                written = render.cite([w.record for w in group], "full", [locator] + [None] * len(others))
                cited_group = [
                    (w, (forms if w is group[0] else set()) | {"parenthetical-multiple"} | _org(w)) for w in group
                ]
                events.append(
                    (
                        self.pick(rng.choice([text.PARENTHETICAL_END, text.PARENTHETICAL_MID])),
                        {"P": (written, cited_group)},
                    )
                )
            else:
                written = render.cite([work.record], "full", [locator])
                events.append((self.pick(rng.choice([text.PARENTHETICAL_END, text.PARENTHETICAL_MID])),
                               {"P": (written, [(work, forms | {"parenthetical"} | _org(work))])}))  # fmt: skip
            if rng.random() < 0.25:
                pool.insert(0, work if mismatched is None or work is not mismatched[1] else mismatched[0])
                if len(pool) > len(cited):
                    pool.pop(0)
        for original in originals:
            source = rng.choice(cited)
            if mismatched is not None and source is mismatched[0]:
                continue
            cited_in = render.cite([source.record], "bare")
            if rng.random() < 0.5:
                written = f"({render.cite([original.record], 'bare')}, cited in {cited_in})"
                frame = self.pick(text.PARENTHETICAL_END)
                slot = "P"
            else:
                written = f"{render.cite([original.record], 'author')} ({render.cite([original.record], 'year')}, cited in {cited_in})"
                frame = self.pick(text.NARRATIVE_MID)
                slot = "N"
            events.append((frame, {slot: (written, [(original, {"secondary"}), (source, {"cited-in-source"})])}))
        if "quotation_without_page" in planted:
            work = rng.choice([w for w in cited if mismatched is None or w is not mismatched[0]] or cited)
            self.quoted = work
            quote = self._quotation()
            events.append(
                (
                    self.pick(text.QUOTE_FRAMES),
                    {
                        "Q": (quote, []),
                        "P": (render.cite([work.record]), [(work, {"parenthetical", "quotation"})]),
                        "N": self._narrative_slot(work, None, {"quotation"}),
                    },
                )
            )
        rng.shuffle(events)
        return events

    def _decoy_sentences(
        self, cited: list[Work]
    ) -> list[tuple[str, str, dict[str, tuple[str, list[tuple[Work, set[str]]]]]]]:
        """Sentences with text that is not a citation, some beside a citation that must not turn into a problem."""
        rng = self.rng
        decoys: list[tuple[str, str, dict[str, tuple[str, list[tuple[Work, set[str]]]]]]] = []
        # A pool's kinds in its own order (see text.KIND_ORDER); the first halves' skip the kinds they lack.
        for kind in text.KIND_ORDER.get(self.half, text.NOT_CITATIONS):
            pools = text.NOT_CITATIONS[kind]
            if self.half not in pools:  # kinds only the blind half has
                continue
            few = self.pool is not None  # these have many kinds: fewer each
            for _ in range(rng.randint(0, 1 if few else 2)):
                decoys.append((kind, self.fill(rng.choice(pools[self.half])), {}))
        for _ in range(rng.randint(0, 2)):
            work = rng.choice(cited)
            quoted = self.fill(self.pick(text.SCARE_QUOTES))
            decoys.append(("scare-quote", self.pick(text.SCARE_FRAMES),
                           {"Q": (quoted, []), "P": (render.cite([work.record]), [(work, {"parenthetical", "near-quote"} | _org(work))]),
                            "N": self._narrative_slot(work, None, {"near-quote"})}))  # fmt: skip
        for _ in range(rng.randint(0, 1)):
            work = rng.choice(cited)
            quoted = self.fill(self.pick(text.SUBJECT_LINES))
            decoys.append(("quoted-example", self.pick(text.SUBJECT_FRAMES),
                           {"Q": (quoted, []), "P": (render.cite([work.record]), [(work, {"parenthetical", "near-quote"} | _org(work))]),
                            "N": self._narrative_slot(work, None, {"near-quote"})}))  # fmt: skip
        if rng.random() < 0.5:
            work = rng.choice(cited)
            quote = self._quotation()
            locator = ("page", str(rng.randint(2, 300)))
            decoys.append(("quotation-with-page", self.pick(text.QUOTE_FRAMES),
                           {"Q": (quote, []), "P": (render.cite([work.record], "full", [locator]), [(work, {"parenthetical", "locator-page", "quotation"})]),
                            "N": self._narrative_slot(work, locator, {"locator-page", "quotation"})}))  # fmt: skip
        return decoys

    def _assemble(self, cited: list[Work], listed: list[Work], originals: list[Work],
                  mismatched: tuple[Work, Work] | None, planted: set[str], problems: list[TruthProblem],
                  has_list: bool) -> CorpusDocument:  # fmt: skip
        rng = self.rng
        self.quoted: Work | None = None
        events = self._events(cited, originals, mismatched, planted)
        if self.quoted is not None and has_list:
            problems.append(TruthProblem("quotation_without_page", self.quoted.lead, self.quoted.year))
        decoys = self._decoy_sentences([w for w in cited if mismatched is None or w is not mismatched[0]] or cited)
        sentences: list[tuple[str | None, str, dict[str, tuple[str, list[tuple[Work, set[str]]]]]]] = [
            (None, frame, slots) for frame, slots in events
        ]
        for kind, frame, slots in decoys:
            sentences.insert(rng.randint(0, len(sentences)), (kind, frame, slots))
        for _ in range(rng.randint(2, 6)):
            sentences.insert(rng.randint(0, len(sentences)), (None, self.pick(text.PLAIN), {}))
        parts = ["1a", "1b", "2a", "2b"][: rng.randint(2, 4)]
        blocks: list[Block] = []
        regions: list[str | None] = []
        truth_citations: list[TruthCitation] = []
        truth_decoys: list[Decoy] = []
        per_part = -(-len(sentences) // len(parts))
        for index, part in enumerate(parts):
            blocks.append(Block(BlockKind.HEADING, f"Task {part[0]} ({part[1]}) {self.fake.catch_phrase()}", level=1))
            regions.append(part)
            chunk = sentences[index * per_part : (index + 1) * per_part]
            while chunk:
                size = rng.randint(2, 5)
                # the pools from blind3 on: now and then the sentences are a bulleted list, one list-item block per sentence
                bulleted = self.pool is not None and rng.random() < self.pool.bullets
                groups = [[sentence] for sentence in chunk[:size]] if bulleted else [chunk[:size]]
                chunk = chunk[size:]
                for group in groups:
                    paragraph = _Paragraph()
                    for kind, frame, slots in group:
                        start = len(paragraph.text)
                        self.write_sentence(paragraph, frame, slots)
                        if kind is not None:
                            paragraph.decoys.append((start, len(paragraph.text) - 1, kind))
                    body = paragraph.text.rstrip()
                    block = len(blocks)
                    for start, end, lead, year, forms in paragraph.citations:
                        where = forms | ({"paragraph-end"} if body[end:].strip(" .") == "" else set())
                        truth_citations.append(TruthCitation(block, start, end, lead, year, frozenset(where)))
                    truth_decoys.extend(Decoy(block, s, e, k) for s, e, k in paragraph.decoys)
                    blocks.append(Block(BlockKind.LIST_ITEM if bulleted else BlockKind.PARAGRAPH, body))
                    regions.append(part)
        truth_entries: list[TruthEntry] = []
        if has_list:
            heading = "References"
            if self.pool is not None:  # candidates' own headings for the list
                heading = rng.choice(self.pool.headings)
            blocks.append(Block(BlockKind.HEADING, heading, level=1))
            regions.append(REFERENCE_LIST)
            by_id = {w.key: w for w in listed}
            rendered = render.bibliography([w.record for w in listed])
            rendered.sort(key=lambda pair: _collate(pair[1]))
            if "not_alphabetical" in planted and len(rendered) >= 3:
                i = rng.randrange(len(rendered) - 1)
                j = rng.randrange(i + 1, len(rendered))
                if _collate(rendered[i][1])[:1] != _collate(rendered[j][1])[:1]:
                    rendered[i], rendered[j] = rendered[j], rendered[i]
                    problems.append(TruthProblem("not_alphabetical", None, None))
            if rng.random() < 0.25:  # a PDF's reference list: one block, each entry wrapped over lines
                lines = [line for _key, entry in rendered for line in _wrap(entry, rng.randint(70, 100))]
                blocks.append(Block(BlockKind.PARAGRAPH, "\n".join(lines)))
                regions.append(REFERENCE_LIST)
                truth_entries.extend(
                    TruthEntry(len(blocks) - 1, by_id[key].lead, by_id[key].year) for key, _ in rendered
                )
            else:
                for key, entry in rendered:
                    blocks.append(Block(BlockKind.PARAGRAPH, entry))
                    regions.append(REFERENCE_LIST)
                    truth_entries.append(TruthEntry(len(blocks) - 1, by_id[key].lead, by_id[key].year))
        name = f"{self.half}-{self.seed}.docx"
        document = Document(name, "docx", tuple(blocks), None, None)
        return CorpusDocument(name, document, tuple(regions), truth_citations, truth_entries, problems, truth_decoys,
                              works=cited + [w for w in listed if w not in cited] + originals)  # fmt: skip


def _org(work: Work) -> set[str]:
    return {"parenthetical-organisation"} if work.organisation else set()


def _same_lead(one: Work, other: Work) -> bool:
    return re.sub(r"[^a-z]", "", _collate(one.lead)) == re.sub(r"[^a-z]", "", _collate(other.lead))


def _wrap(entry: str, width: int) -> list[str]:
    lines, current = [], ""
    for word in entry.split(" "):
        if current and len(current) + 1 + len(word) > width:
            lines.append(current)
            current = word
        else:
            current = f"{current} {word}" if current else word
    lines.append(current)
    return lines


# "fresh" is more of the test half (its sentence frames, other seeds), for a look at reports no one has read.
# "dev-more" is more of the development half (its frames, other seeds): more cases of the rarer forms to tune on.
HALVES = {
    "dev": range(1000, 1060),
    "dev-more": range(2000, 2300),
    "test": range(5000, 5060),
    "fresh": range(9000, 9060),
    # "blind" has its own frames and works, written from how candidates write without reading the checker.
    "blind": range(7000, 7100),
    "blind-more": range(7100, 7400),  # more of the blind half (its frames, other seeds): rare forms seen often enough
    # "blind2" is a second independent pool, written later by another hand, again without reading the checker
    # nor the blind half's frames. It was held out for one stop (its tables only were read), then became
    # development data: its misses were read and fixed in the next.
    "blind2": range(8000, 8100),
    "blind2-more": range(8100, 8400),
    # "blind3" is a third independent pool (blind3_works.py, blind3_text.py), written by a third hand without reading
    # the checker, its tests or the other pools. Held out for one round of fixes (tables only), then development data.
    "blind3": range(6000, 6100),
    "blind3-more": range(6100, 6400),
    # "blind4" is a fourth independent pool (blind4_works.py, blind4_text.py), written by a fourth hand without reading
    # the checker, its tests or the other pools. Held out until its first tables were read, development data since.
    "blind4": range(4000, 4100),
    "blind4-more": range(4100, 4400),
    # "blind5" is a fifth independent pool (blind5_works.py, blind5_text.py), written by a fifth hand without reading
    # the checker, its tests or the other pools. Held out until its first tables were read, development data since.
    # Its seeds are the last free thousand, apart from every other half's.
    "blind5": range(3000, 3100),
    "blind5-more": range(3100, 3400),
    # "blind6" is a sixth independent pool (blind6_works.py, blind6_text.py), written by a sixth hand without reading
    # the checker, its tests or the other pools. Held out until its first tables were read, development data since.
    # Its seeds start at 10000, apart from every other half's.
    "blind6": range(10000, 10100),
    "blind6-more": range(10100, 10400),
    # "blind7" is a seventh independent pool (blind7_works.py, blind7_text.py), written by a seventh hand without reading
    # the checker, its tests or the other pools. Held out until its first tables were read, development data since.
    # Its seeds start at 11000, apart from every other half's.
    "blind7": range(11000, 11100),
    "blind7-more": range(11100, 11400),
    # "blind8" is an eighth independent pool (blind8_works.py, blind8_text.py), written by an eighth hand without reading
    # the checker, its tests or the other pools. Held out until its first tables were read, development data since.
    # Its seeds start at 12000, apart from every other half's.
    "blind8": range(12000, 12100),
    "blind8-more": range(12100, 12400),
    # "blind9" is a ninth independent pool (blind9_works.py, blind9_text.py), written by a ninth hand without reading
    # the checker, its tests or the other pools, with sectors the others may lean on less (B2B, charities and the
    # public sector, hospitality and tourism, financial services, FMCG, luxury, sport, agencies).
    # Held out until its first tables were read, development data since. Its seeds start at 13000.
    "blind9": range(13000, 13100),
    "blind9-more": range(13100, 13400),
    # "blind10" is a tenth independent pool (blind10_works.py, blind10_text.py), written by a tenth hand without reading
    # the checker, its tests or the other pools, with sectors the others may lean on less (international marketing,
    # retail and e-commerce, automotive, healthcare and pharma, education, SaaS, fashion, food service, PR, events).
    # Held out until its first tables were read, development data since. Its seeds start at 14000.
    "blind10": range(14000, 14100),
    "blind10-more": range(14100, 14400),
    # "blind11" is an eleventh independent pool (blind11_works.py, blind11_text.py), written by an eleventh hand without
    # reading the checker, its tests or the other pools, with writers and sectors the others may lean on less (mature
    # part-time students in industry, international students, NCFE Level 3, CIM Level 7; construction and B2B
    # manufacturing, energy, telecoms, gaming and esports, beauty, pets, travel, arts and heritage, local government).
    # Held out until its first tables were read (stop 22), development data since. Its seeds start at 15000.
    "blind11": range(15000, 15100),
    "blind11-more": range(15100, 15400),
    # "blind12" is a twelfth independent pool (blind12_works.py, blind12_text.py), written by a twelfth hand without
    # reading the checker, its tests or the other pools, with writers and sectors the others may lean on less (degree
    # apprentices, career changers, students writing in English as a second language; financial services and
    # insurance, higher education recruitment, music, live events and ticketing, football, food and drink start-ups,
    # grocery, car-sharing, NHS and public health campaigns).
    # Held out for two stops (first tables at stop 23), development data since stop 24, when blind15 and blind16
    # were written. Its seeds start at 16000.
    "blind12": range(16000, 16000 + 100),
    "blind12-more": range(16000 + 100, 16000 + 400),
    # "blind13" is a thirteenth independent pool (blind13_works.py, blind13_text.py), written by a thirteenth hand
    # without reading the checker, its tests or the other pools, with writers and sectors the others may lean on less
    # (small-business owners on the CIM Certificate, agency account executives, in-house marketers in multinationals,
    # group reports; agencies, creators, charities, publishing, news and streaming, property, fitness, luxury resale,
    # toys, B2B SaaS in Europe). Held out until its first tables were read, development data since (it was read while
    # blind12, written at the same time, stayed held out). Seeds from 17000.
    "blind13": range(17000, 17000 + 100),
    "blind13-more": range(17000 + 100, 17000 + 400),
    # "blind14" is a fourteenth independent pool (blind14_works.py, blind14_text.py), written by a fourteenth hand
    # without reading the checker, its tests or the other pools, with writers and sectors the others may lean on less
    # (sixth-form and NCFE Level 3 learners, mature students returning to study, public and third sector marketing
    # managers, students from South Asia, West Africa and Eastern Europe; private clinics, farm shops, tourism boards
    # and attractions, banking apps, furniture and DIY, pubs and breweries, airlines, universities, gaming studios,
    # subscription boxes). Held out for two stops (first tables at stop 23), development data since stop 25, when
    # blind17 and blind18 were written. Seeds from 18000.
    "blind14": range(18000, 18000 + 100),
    "blind14-more": range(18000 + 100, 18000 + 400),
    # "blind15" is a fifteenth independent pool (blind15_works.py, blind15_text.py), written by a fifteenth hand
    # without reading the checker, its tests or the other pools, with writers and sectors the others may lean on less
    # (international postgraduates from China, Nigeria, India, Brazil and Vietnam, CIM Diploma candidates in the Gulf
    # and South-East Asia, freelance consultants, lecturers' model answers; hotels and restaurants, beauty, car
    # dealerships and EVs, telecoms, pet care, energy and green technology, housebuilders, law and accountancy firms,
    # online marketplaces, museums and galleries). Held out for its first tables (stops 24 and 25), development data
    # since stop 25, when blind19 and blind20 were written. Seeds from 19000.
    "blind15": range(19000, 19000 + 100),
    "blind15-more": range(19000 + 100, 19000 + 400),
    # "blind16" is a sixteenth independent pool (blind16_works.py, blind16_text.py), written by a sixteenth hand
    # without reading the checker, its tests or the other pools, with writers and sectors the others may lean on less
    # (hurried final-year undergraduates, CIM Level 4 learners in small firms in Scotland, Wales and Ireland, marketing
    # assistants in manufacturing; industrial B2B, logistics and couriers, outdoor gear, coffee chains, own brands,
    # mobile games, travel agencies, councils, weddings and events, charity shops).
    # HELD OUT: never tune on it; report its tables, never its misses. Seeds from 20000.
    "blind16": range(20000, 20000 + 100),
    "blind16-more": range(20000 + 100, 20000 + 400),
    # "blind17" is a seventeenth independent pool (blind17_works.py, blind17_text.py), written by a seventeenth hand
    # without reading the checker, its tests or the other pools, with writers and sectors the others may lean on less
    # (mature part-time CIM Level 6 and Chartered learners who are senior marketers, taught older house Harvard;
    # banks and building societies, insurers, pharmaceuticals, university recruitment, NHS trusts, housing
    # associations, energy, telecoms, car dealer groups, estate agents, B2B software).
    # HELD OUT: never tune on it; report its tables, never its misses. Seeds from 21000.
    "blind17": range(21000, 21000 + 100),
    "blind17-more": range(21000 + 100, 21000 + 400),
    # "blind18" is an eighteenth independent pool (blind18_works.py, blind18_text.py), written by an eighteenth hand
    # without reading the checker, its tests or the other pools, with writers and sectors the others may lean on less
    # (Level 3/4 digital-marketing apprentices in the UK, CIM candidates writing in their second language in Nigeria,
    # Kenya, Ghana, India, Pakistan, Sri Lanka, Poland and Romania; fintech and mobile money, fashion e-commerce, beauty
    # influencers, football clubs, music festivals, food delivery, gyms, private schools, airlines, hotels, telecoms).
    # Held out for its first tables (stop 25), development data since stop 26, when blind21 to blind23 were written.
    # Seeds from 22000.
    "blind18": range(22000, 22000 + 100),
    "blind18-more": range(22000 + 100, 22000 + 400),
    # "blind19" is a nineteenth independent pool (blind19_works.py, blind19_text.py), written by a nineteenth hand
    # without reading the checker, its tests or the other pools, with writers and sectors the others may lean on less
    # (16-19-year-olds on NCFE and BTEC Level 3 business courses and first-year undergraduates; local gyms, barbers and
    # hairdressers, takeaways, bubble tea shops, esports teams, trainer resale, car washes, phone repair shops, youth
    # football clubs, festivals). Held out for its first tables (stop 25), development data since stop 26, when
    # blind21 to blind23 were written. Seeds from 23000.
    "blind19": range(23000, 23000 + 100),
    "blind19-more": range(23000 + 100, 23000 + 400),
    # "blind20" is a twentieth independent pool (blind20_works.py, blind20_text.py), written by a twentieth hand
    # without reading the checker, its tests or the other pools, with writers and sectors the others may lean on less
    # (lecturers' model answers and literature reviews, MSc and PhD students: dense brackets, "cf.", "see also",
    # classics by their first year, handbooks, conference and working papers, theses; B2B professional services,
    # nonprofit and public sector, luxury, tourism and place branding, higher education).
    # Held out for its first tables (stop 25), development data since stop 26, when blind21 to blind23 were written.
    # Seeds from 24000.
    "blind20": range(24000, 24000 + 100),
    "blind20-more": range(24000 + 100, 24000 + 400),
    # "blind21" is a twenty-first independent pool (blind21_works.py, blind21_text.py), written by a twenty-first hand
    # without reading the checker, its tests or the other pools, with writers and sectors the others may lean on less
    # (CIM Diploma in Digital Marketing candidates and agency account executives: platforms, tools and versions,
    # hashtags and handles, metrics in brackets, creators; D2C, subscription boxes, SaaS, streaming, gaming, beauty,
    # travel apps, fintech, food delivery, fashion resale).
    # Held out for its first tables (measured by its writer at the start of stop 26), development data since.
    # Seeds from 25000.
    "blind21": range(25000, 25000 + 100),
    "blind21-more": range(25000 + 100, 25000 + 400),
    # "blind22" is a twenty-second independent pool (blind22_works.py, blind22_text.py), written by a twenty-second hand
    # without reading the checker, its tests or the other pools, with writers and sectors the others may lean on less
    # (CIM candidates at study centres in the Gulf, Hong Kong, Singapore, Malaysia, mainland China, Vietnam and the
    # Caribbean; property developers, luxury malls, airlines and airports, Islamic banks, tourism boards, hotel groups,
    # F&B chains, super-apps and marketplaces, telecoms, universities recruiting overseas).
    # Held out for its first tables (measured by its writer at the start of stop 26), development data since.
    # Seeds from 26000.
    "blind22": range(26000, 26000 + 100),
    "blind22-more": range(26000 + 100, 26000 + 400),
    # "blind23" is a twenty-third independent pool (blind23_works.py, blind23_text.py), written by a twenty-third hand
    # without reading the checker, its tests or the other pools, with writers and sectors the others may lean on less
    # (CIM Level 4 and NCFE Level 3 learners writing reflective reports on the charity, club, museum, theatre or campaign
    # they work for, citing their own surveys, board papers, handbooks and interviews; hospices, food banks, animal
    # rescues, heritage, leisure, stop-smoking and vaccination campaigns, community energy, housing charities).
    # Held out for its first tables (measured by its writer at the start of stop 26), development data since.
    # Seeds from 27000.
    "blind23": range(27000, 27000 + 100),
    "blind23-more": range(27000 + 100, 27000 + 400),
    # "blind24" is a twenty-fourth independent pool (blind24_works.py, blind24_text.py), written by a twenty-fourth hand
    # without reading the checker, its tests or any other pool, with writers and sectors the others may lean on less
    # (in-house brand and category managers at consumer-goods, food and drink and household-products firms in the UK,
    # Ireland and the Netherlands on the CIM Level 6 Diploma, writing on sustainability, ESG, purpose, greenwashing,
    # packaging, certification and pricing; plant-based foods, soft drinks, beer and spirits, cleaning, beauty, pet
    # food, baby food, own labels, refill start-ups). Held out for its first tables (at the start of stop 26),
    # development data since. Seeds from 28000.
    "blind24": range(28000, 28000 + 100),
    "blind24-more": range(28000 + 100, 28000 + 400),
    # "blind25" is a twenty-fifth independent pool (blind25_works.py, blind25_text.py), written by a twenty-fifth hand
    # without reading the checker, its tests or the other pools, with writers and sectors the others may lean on less
    # (sport, music, events and entertainment marketers on CIM courses in Australia, New Zealand, Canada and Ireland:
    # Māori, Pacific, First Nations, Irish-language and French-Canadian names; leagues, festivals, tours, venues,
    # ticketing, sponsorship, broadcasting and streaming rights, sports betting, esports).
    # Held out for its first tables (at the start of stop 26), development data since. Seeds from 29000.
    "blind25": range(29000, 29000 + 100),
    "blind25-more": range(29000 + 100, 29000 + 400),
    # "blind26" is a twenty-sixth independent pool (blind26_works.py, blind26_text.py), written by a twenty-sixth hand
    # without reading the checker, its tests or the other pools, with writers and sectors the others may lean on less
    # (engineers and technical specialists moving into B2B marketing, CIM Level 6 candidates in industrial and technology
    # firms in Germany, the Netherlands, Scandinavia, India and the UK: product codes, versions, standards and clauses,
    # trade fairs with years, tenders; automation, semiconductors, cybersecurity, telecoms equipment, medical devices,
    # agricultural machinery, construction products, renewables, chemicals).
    # Held out for its first tables (at the start of stop 26), development data since. Seeds from 30000.
    "blind26": range(30000, 30000 + 100),
    "blind26-more": range(30000 + 100, 30000 + 400),
    # "blind27" is a twenty-seventh independent pool (blind27_works.py, blind27_text.py), written by a twenty-seventh hand
    # without reading the checker, its tests or the other pools, with writers and sectors the others may lean on less
    # (public relations and corporate communications students and practitioners on CIM and CIPR courses: press
    # releases, embargoes, share of voice, crisis communications, journalists and spokespeople named with their outlets;
    # public affairs, fashion and beauty PR, tech PR, NGOs, sport governing bodies, food recalls, airlines in a crisis).
    # Held out for its first tables (at the start of stop 26), development data since stop 27. Seeds from 31000.
    "blind27": range(31000, 31000 + 100),
    "blind27-more": range(31000 + 100, 31000 + 400),
    # "blind28" is a twenty-eighth independent pool (blind28_works.py, blind28_text.py), written by a twenty-eighth hand
    # without reading the checker, its tests or the other pools: hospitality, travel and tourism marketers in Spain,
    # Italy, Greece, Portugal, Turkey, Cyprus and Malta on CIM courses in English (seasons, occupancy, overtourism,
    # destination brands, cruise calls, festivals, heritage sites; UNWTO, WTTC, statistics offices, tourism boards).
    # Held out for its first tables (at the start of stop 26), development data since stop 27. Seeds from 32000.
    "blind28": range(32000, 32000 + 100),
    "blind28-more": range(32000 + 100, 32000 + 400),
    # "blind29" is a twenty-ninth independent pool (blind29_works.py, blind29_text.py), written by a twenty-ninth hand
    # without reading the checker, its tests or the other pools, with writers and sectors the others may lean on less
    # (MSc Marketing Analytics students and analysts: statistics, software versions, datasets, models and A/B tests in
    # the text; machine-learning papers, preprints, conference papers, Kaggle datasets, GitHub repositories,
    # documentation; e-commerce, grocery delivery, streaming, fintech, telecoms churn, loyalty and retail media).
    # Held out for its first tables (at the start of stop 26), development data since stop 27. Seeds from 33000.
    "blind29": range(33000, 33000 + 100),
    "blind29-more": range(33000 + 100, 33000 + 400),
    # "blind30" is a thirtieth independent pool (blind30_works.py, blind30_text.py), written by a thirtieth hand
    # without reading the checker, its tests or the other pools: marketers in banks, building societies, insurers,
    # pension providers, credit unions and fintechs in the UK, Nigeria, Ghana, Kenya and South Africa on CIM Level 6
    # and Level 7 courses (tax years, rates and APRs, regulators and their policy statements, Acts and regulation
    # numbers, mobile money and agency banking, central-bank statistics, World Bank and GSMA reports).
    # Held out for its first tables (at the start of stop 27), development data since. Seeds from 34000.
    "blind30": range(34000, 34000 + 100),
    "blind30-more": range(34000 + 100, 34000 + 400),
    # "blind31" is a thirty-first independent pool (blind31_works.py, blind31_text.py), written by a thirty-first hand
    # without reading the checker, its tests or the other pools: communications and marketing staff in NHS trusts,
    # integrated care boards, councils, public health teams, medical charities and pharmaceutical and medical-device
    # firms on CIM and NCFE courses (screening and vaccination campaigns, social marketing, patient information, HCP
    # marketing under the ABPI Code, NICE codes, trial phases, Acts and SIs, committee papers, NHS bands and staff).
    # Held out for its first tables (at the start of stop 27), development data since. Seeds from 35000.
    "blind31": range(35000, 35000 + 100),
    "blind31-more": range(35000 + 100, 35000 + 400),
    # "blind32" is a thirty-second independent pool (blind32_works.py, blind32_text.py), written by a thirty-second hand
    # without reading the checker, its tests or the other pools, with writers and sectors the others may lean on less
    # (marketing apprentices on CIM Level 4, NCFE Level 3 and degree apprenticeships in university recruitment,
    # admissions and student-marketing teams, further-education colleges and training providers: UCAS cycles and
    # deadlines, clearing, open days, league tables, REF, TEF and NSS results, OfS conditions, agents, personas, CRM and
    # email nurture, prospectus copy, social media for Gen Z, apprenticeship standards with their codes).
    # Held out for its first tables (at the start of stop 27), development data since. Seeds from 36000.
    "blind32": range(36000, 36000 + 100),
    "blind32-more": range(36000 + 100, 36000 + 400),
    # "blind33" is a thirty-third independent pool (blind33_works.py, blind33_text.py), written by a thirty-third hand
    # without reading the checker, its tests or the other pools, with writers and sectors the others may lean on less
    # (automotive and mobility marketers at car makers, dealer groups, leasing and subscription firms, EV charging
    # networks, micromobility and ride-hailing companies in the UK, Germany, France, Italy, Sweden, Japan, South Korea
    # and India: model years and trims, registration plates, WLTP ranges and CO2 figures, Euro NCAP stars, motor shows,
    # recalls, finance offers with APRs, the ZEV mandate, SMMT, ACEA, DfT, OZEV, EU Regulations, OEM annual reports).
    # Held out for its first tables (mid-stop 27), development data since. Seeds from 37000.
    "blind33": range(37000, 37000 + 100),
    "blind33-more": range(37000 + 100, 37000 + 400),
    # "blind34" is a thirty-fourth independent pool (blind34_works.py, blind34_text.py), written by a thirty-fourth hand
    # without reading the checker, its tests or the other pools: brand, CRM and e-commerce marketers at luxury houses,
    # fashion retailers and beauty brands in Paris, Milan, London, Seoul, Tokyo, Shanghai, Hong Kong and Dubai on CIM
    # and postgraduate courses in English (seasons and collections, fashion and couture weeks with their years,
    # collaborations and capsules, K-beauty and J-beauty launches, prices in euros, won, yen and yuan, Tmall and
    # Xiaohongshu campaigns, resale and rental; group annual reports, Bain-Altagamma, BoF-McKinsey, trade press,
    # Euromonitor and Mintel, the ASA and CMA, EU and Korean regulation, podcasts, videos and posts).
    # Held out for its first tables (mid-stop 27), development data since. Seeds from 38000.
    "blind34": range(38000, 38000 + 100),
    "blind34-more": range(38000 + 100, 38000 + 400),
    # "blind35" is a thirty-fifth independent pool (blind35_works.py, blind35_text.py), written by a thirty-fifth hand
    # without reading the checker, its tests or the other pools, with writers and sectors the others may lean on less
    # (business-development and marketing managers at law firms, accountancy practices, consultancies, architects,
    # recruiters and wealth managers in the UK, Ireland, Singapore and Australia on CIM Level 6 and PSMG courses: court
    # cases with neutral citations, statutes and sections, SRA, ICAEW, ACCA, RICS and FCA rules, Legal 500 and Chambers
    # rankings with their years, awards, panels, tenders, fees, partner promotions, annual reviews, LinkedIn, podcasts).
    # Held out for its first tables (mid-stop 27), development data since. Seeds from 39000.
    "blind35": range(39000, 39000 + 100),
    "blind35-more": range(39000 + 100, 39000 + 400),
    # "blind36" is a thirty-sixth independent pool (blind36_works.py, blind36_text.py), written by a thirty-sixth hand
    # without reading the checker, its tests or the other pools, with writers and sectors the others may lean on less
    # (owners and marketers of farms, farm shops, dairies, distilleries, breweries, vineyards, food producers and rural
    # tourism businesses in Wales, Scotland, Cornwall, Northern Ireland, Yorkshire and the Marches on CIM Level 4 and 6
    # courses and funded rural business programmes: PDO and PGI names, Red Tractor, awards and shows with their years,
    # vintages and harvests, herds and flocks, grant schemes and rounds, DEFRA, AHDB, NFU, devolved governments, press).
    # Held out for its first tables (stop 27), development data since. Seeds from 40000.
    "blind36": range(40000, 40000 + 100),
    "blind36-more": range(40000 + 100, 40000 + 400),
    # "blind37" is a thirty-seventh independent pool (blind37_works.py, blind37_text.py), written by a thirty-seventh
    # hand without reading the checker, its tests or the other pools: community, influencer and performance marketers
    # at games studios, publishers, esports teams and streaming platforms in the UK, Poland, Finland, Sweden, France,
    # Japan, South Korea and Brazil on CIM and postgraduate courses (game titles with release years and editions,
    # seasons, battle passes, patches, consoles and storefronts, Steam wishlists, streamers and handles, Discord,
    # leagues and tournaments with their years, PEGI ratings, loot-box rules; Ukie, PEGI, the ASA and CMA, Newzoo,
    # Circana, publisher annual reports, trade press, GDC talks, videos, podcasts and posts).
    # Held out for its first tables (stop 27), development data since. Seeds from 41000.
    "blind37": range(41000, 41000 + 100),
    "blind37-more": range(41000 + 100, 41000 + 400),
    # "blind38" is a thirty-eighth independent pool (blind38_works.py, blind38_text.py), written by a thirty-eighth hand
    # without reading the checker, its tests or the other pools: customer, brand and campaigns marketers at energy
    # suppliers, water companies, broadband and telecoms providers, train operating companies, bus groups and airports
    # in the UK and Ireland on CIM Level 4 to 7 courses (price caps and tariff names with their dates, Ofgem, Ofwat,
    # Ofcom, ORR and CRU decisions and reference numbers, PR24 and RIIO periods, smart meter and fibre roll-outs,
    # timetable changes, franchises and contracts, fares and railcards, strikes, vulnerability registers, net zero).
    # Held out for its first tables (stop 27), development data since. Seeds from 42000.
    "blind38": range(42000, 42000 + 100),
    "blind38-more": range(42000 + 100, 42000 + 400),
    # "blind39" is a thirty-ninth independent pool (blind39_works.py, blind39_text.py), written by a thirty-ninth hand
    # without reading the checker, its tests or the other pools: marketing, sales and communications staff at
    # housebuilders, estate and letting agents, housing associations, build-to-rent operators, proptech start-ups,
    # builders' merchants and construction-product makers in the UK and Ireland on CIM Level 4 to 7 courses (planning
    # references, developments, phases, plots and house types, show-home launches with their dates, Help to Buy, stamp
    # duty, price indices with their months, EPC and BER ratings, Part L, the Building Safety Act 2022, cladding and
    # Grenfell, RICS surveys, NHBC stars, the Renters' Rights Bill, rents, mortgage rates, awards, tickers, taglines).
    # Held out for its first tables (early stop 28), development data since. Seeds from 43000.
    "blind39": range(43000, 43000 + 100),
    "blind39-more": range(43000 + 100, 43000 + 400),
    # "blind41" is a forty-first independent pool (blind41_works.py, blind41_text.py), written by a forty-first hand
    # without reading the checker, its tests or the other pools: e-commerce, marketplace, CRM and growth marketers at
    # retailers, D2C brands, delivery apps and marketplaces in Spain, Portugal, Mexico, Brazil, Colombia, Argentina and
    # Chile on CIM Level 4 to 7 courses in English (Hot Sale, Buen Fin, Black Friday and CyberDay with their years and
    # figures in reais, pesos and euros, Mercado Libre, Amazon, Shein, Rappi, Glovo and iFood, Pix and Bizum, the LGPD and
    # GDPR with their numbers, CNMC, Procon, PROFECO and SERNAC decisions, tickers, app versions, promo codes, regional-
    # language campaigns; Statista, eMarketer, Kantar, IBGE, INE, AMVO, annual reports, the Iberian and Latin American press).
    # Held out for its first tables (early stop 28), development data since. Seeds from 45000.
    "blind41": range(45000, 45000 + 100),
    "blind41-more": range(45000 + 100, 45000 + 400),
    # "blind40" is a fortieth independent pool (blind40_works.py, blind40_text.py), written by a fortieth hand without
    # reading the checker, its tests or the other pools: sustainability, brand-purpose and corporate-responsibility
    # marketers at B Corps, consumer brands, retailers, packaging firms and NGOs' corporate-partnership teams in the UK,
    # the Netherlands, Germany, Denmark and Canada on CIM Level 6 and 7 courses (ASA rulings and the CMA's Green Claims
    # Code, EU directives and CSRD, ISO, GRI, SBTi and TCFD with their numbers and years, COP meetings, net zero target
    # years, Scope 1, 2 and 3, B Corp scores, carbon labels, certification marks, Earth Overshoot Day; company, NGO and
    # regulator reports, trade press, podcasts and LinkedIn posts).
    # Held out for its first tables (early stop 28), development data since. Seeds from 44000.
    "blind40": range(44000, 44000 + 100),
    "blind40-more": range(44000 + 100, 44000 + 400),
    # "blind42" is a forty-second independent pool (blind42_works.py, blind42_text.py), written by a forty-second hand
    # without reading the checker, its tests or the other pools: brand, digital and trade marketers at FMCG firms,
    # telecom operators, fintechs, edtechs, D2C start-ups and agencies in India, Pakistan, Bangladesh and Sri Lanka on
    # CIM Level 4 to 7 courses, some with Indian MBA habits (festive campaigns with their years, IPL and PSL seasons and
    # sponsors, crore, lakh, rupee and taka figures, UPI, Paytm, bKash and JazzCash, tariff launches, ASCI, TRAI, SEBI,
    # RBI, PTA and BTRC rulings with their numbers and dates, the DPDP Act 2023, Tier 2 and Tier 3 cities, tickers,
    # fiscal years, awards, slogans; Nielsen, Kantar, KPMG India, NASSCOM, IBEF, annual reports, the regional press).
    # Held out for its first tables (stop 28), development data since. Seeds from 46000.
    "blind42": range(46000, 46000 + 100),
    "blind42-more": range(46000 + 100, 46000 + 400),
    # "blind43" is a forty-third independent pool (blind43_works.py, blind43_text.py), written by a forty-third hand
    # without reading the checker, its tests or the other pools: audience-development, marketing and press staff at
    # theatres, museums, galleries, orchestras, festivals, book publishers, record labels, film distributors,
    # broadcasters and streaming services in the UK, Ireland and the US on CIM Level 4 to 7 and arts-management courses
    # (plays, novels, albums, films and series with their years, premieres, revivals and reissues, seasons and
    # exhibitions with their dates, shortlists, Arts Council England and Creative Scotland rounds, box-office weekends,
    # ticketing and membership figures, Audience Agency segments; ACE, Nesta, DCMS, the BPI, Ofcom, the BBC, annual
    # reports, The Stage, The Bookseller, Music Week, Variety, arts-marketing journals, podcasts and posts).
    # Held out for its first tables (stop 28), development data since. Seeds from 47000.
    "blind43": range(47000, 47000 + 100),
    "blind43-more": range(47000 + 100, 47000 + 400),
    # "blind44" is a forty-fourth independent pool (blind44_works.py, blind44_text.py), written by a forty-fourth hand
    # without reading the checker, its tests or the other pools: fundraising, communications and advocacy staff at
    # international NGOs, UN agencies, humanitarian charities and social enterprises in East Africa, the Horn of Africa,
    # the Middle East and North Africa and London on CIM Level 6 and 7 courses (appeals and emergencies with their dates,
    # UN resolutions and document symbols with their years, SDG targets, the Grand Bargain, donor conferences, cash
    # transfers and M-Pesa, the CHS, safeguarding, the Charity Commission and the DEC, IPC phases, response plans,
    # case-study names with ages, interview codes, Ethiopian and Hijri dates; UNHCR, UNICEF, WFP, OCHA, IOM, the World
    # Bank, ODI, NGOs, the Red Cross and Red Crescent, FCDO, USAID, The New Humanitarian, Devex, Al Jazeera, BBC News).
    # Held out for its first tables (stop 28), development data since. Seeds from 48000.
    "blind44": range(48000, 48000 + 100),
    "blind44-more": range(48000 + 100, 48000 + 400),
    # "blind46" is a forty-sixth independent pool (blind46_works.py, blind46_text.py), written by a forty-sixth hand
    # without reading the checker, its tests or the other pools: brand, loyalty, franchise and delivery marketers at
    # restaurant groups, coffee-shop and bakery chains, quick-service franchises, food-delivery partnerships and
    # hospitality groups in the UK, Turkey, Greece and Cyprus on CIM Level 4 to 7 courses (menu launches and LTOs with
    # their dates, loyalty-app versions, franchise agreements and openings by year, hygiene ratings, calorie labelling
    # and Natasha's Law, Michelin stars and AA rosettes, lira, euro and pound figures with inflation, Ramadan and
    # Christmas menus, delivery commission; UKHospitality, the FSA, Kantar, CGA by NIQ, Lumina, TÜİK, ELSTAT, chains'
    # annual reports, The Caterer, Big Hospitality, Hürriyet Daily News, Kathimerini, hospitality journals, posts).
    # Held out for its first tables (stop 28), development data since. Seeds from 50000.
    "blind46": range(50000, 50000 + 100),
    "blind46-more": range(50000 + 100, 50000 + 400),
    # "blind47" is a forty-seventh independent pool (blind47_works.py, blind47_text.py), written by a forty-seventh hand
    # without reading the checker, its tests or the other pools: campaign, digital, press and public-affairs staff at
    # political parties, think tanks, trade unions, lobbying and public-affairs agencies, local councils and campaigning
    # charities in the UK and Ireland on CIM Level 6 and 7 and MSc Political Communication courses (elections,
    # by-elections and referendums with their years, manifestos, polls with fieldwork dates and sample sizes, Hansard
    # debates and columns, select-committee reports with their HC numbers, Acts and Bills, the Electoral Commission's
    # rules and spending returns, conference speeches and Ard Fheiseanna, leaflets and slogans, Dáil and Seanad debates,
    # ministers, MPs, TDs and peers with their titles; pollsters, parties, think tanks, the press, podcasts and posts).
    # Held out for its first tables (stop 28), development data since. Seeds from 51000.
    "blind47": range(51000, 51000 + 100),
    "blind47-more": range(51000 + 100, 51000 + 400),
    # "blind45" is a forty-fifth independent pool (blind45_works.py, blind45_text.py), written by a forty-fifth hand
    # without reading the checker, its tests or the other pools: demand-generation, product-marketing, content and
    # growth marketers at B2B SaaS, cybersecurity, fintech-infrastructure and developer-tools companies in the US and
    # Canada on CIM Level 6 and 7 courses, many trained in APA (ARR and MRR figures, funding rounds with their years,
    # Gartner Magic Quadrants, Forrester Waves and G2 grids with their years, SOC 2 Type II, ISO 27001:2022, GDPR,
    # CCPA/CPRA, PIPEDA and Law 25, product versions and release names, SaaStr, Dreamforce and RSA Conference, earnings
    # calls, tickers and fiscal years; Gartner, Forrester, IDC, G2, HubSpot, Salesforce, Snowflake and Shopify reports
    # and 10-Ks, the SEC, FTC and Canadian regulators, US and Canadian privacy statutes, TechCrunch, The Information, HBR,
    # MIT Sloan Management Review, Industrial Marketing Management, podcasts, webinars and LinkedIn posts).
    # Held out for its first tables (stop 28), development data since. Seeds from 49000.
    "blind45": range(49000, 49000 + 100),
    "blind45-more": range(49000 + 100, 49000 + 400),
    # "blind48" is a forty-eighth independent pool (blind48_works.py, blind48_text.py), written by a forty-eighth hand
    # without reading the checker, its tests or the other pools: marketing, recruitment, admissions and communications
    # staff at universities, colleges, pathway providers and student-recruitment agents in the UK, Australia, Malaysia,
    # Singapore and Hong Kong on CIM Level 6 and 7 and MA Higher Education Marketing courses (league tables with their
    # years and places, the NSS and its question numbers, UCAS cycles, deadlines and course codes, Clearing, HESA and
    # OfS releases and academic years, TEF and REF results, open days, the Graduate Route, CAS and the dependants ban,
    # CRICOS, MQA, JUPAS and EduTrust codes, fees in pounds, ringgit, Singapore and Hong Kong dollars, ICEF, NAFSA and
    # EAIE dates, agents' commission, campaigns and taglines; higher-education marketing journals, UCAS, HESA, OfS,
    # Universities UK, the British Council, QS, THE, IDP, Studyportals, four jurisdictions' governments and statutes,
    # Times Higher Education, Wonkhe, The PIE News and the regional press, conference talks, prospectuses, theses,
    # posts, videos and podcasts). Held out for its first tables (stop 29), development data since. Seeds from 52000.
    "blind48": range(52000, 52000 + 100),
    "blind48-more": range(52000 + 100, 52000 + 400),
    # "blind49" is a forty-ninth independent pool (blind49_works.py, blind49_text.py), written by a forty-ninth hand
    # without reading the checker, its tests or the other pools: product managers, medical-affairs, market-access and
    # brand marketers at pharmaceutical, medical-device, diagnostics, consumer-health and digital-health firms in
    # Germany, Austria, Switzerland, Sweden, Denmark, Norway and Finland on CIM Level 7, MBA and MSc Pharmaceutical
    # Marketing courses (MDR (EU) 2017/745, IVDR, the HWG, DiGA under the DVG, AMNOG, § 35a and § 130b SGB V, the EFPIA
    # Code, EMA, BfArM, Swissmedic and Läkemedelsverket decisions, G-BA resolutions and IQWiG dossiers with their
    # numbers, trial phases, NCT and EudraCT numbers, ATC codes, products with ® and ™, GmbH, AG, SE, KGaA, A/S, AB, ASA
    # and Oy; IQVIA, Statista, company reports, Acts and regulations under the body that made them, journals such as
    # Pharmaceutical Medicine and Deutsches Ärzteblatt, congresses, the German and Nordic trade press).
    # Held out for its first tables (stop 29), development data since. Seeds from 53000.
    "blind49": range(53000, 53000 + 100),
    "blind49-more": range(53000 + 100, 53000 + 400),
    # "blind50" is a fiftieth independent pool (blind50_works.py, blind50_text.py), written by a fiftieth hand without
    # reading the checker, its tests or the other pools: brand, platform, KOL and growth marketers at consumer brands,
    # game studios, agencies and cross-border e-commerce sellers in mainland China, Hong Kong, Taiwan, Japan and South
    # Korea on CIM Level 6 and 7 courses and MSc International Marketing programmes taught in English (WeChat, Douyin,
    # Xiaohongshu, Tmall, JD.com, Bilibili, LINE, Kakao, Naver and Coupang, Singles' Day and 618 with their GMV, KOLs,
    # KOCs and livestreamers, prices in RMB, yen and won, fiscal years and tickers, game titles, dramas and songs with
    # their years, CERO and GRAC ratings, the PIPL and APPI with their articles, national standards, Japanese era years,
    # romanised terms with their characters; iResearch, QuestMobile, Nielsen, Dentsu, Hakuhodo, Kantar, McKinsey China,
    # KOCCA, annual reports, regulators, laws, translated sources, the regional and trade press, posts and podcasts).
    # Held out for its first tables (stop 29), development data since. Seeds from 54000.
    "blind50": range(54000, 54000 + 100),
    "blind50-more": range(54000 + 100, 54000 + 400),
    # "blind51" is a fifty-first independent pool (blind51_works.py, blind51_text.py), written by a fifty-first hand
    # without reading the checker, its tests or the other pools: brand, growth, trade and communications marketers at
    # telecoms operators, fintechs and mobile-money firms, banks, FMCG and beverage firms, Nollywood studios, music
    # labels and agencies in Nigeria, Ghana, Senegal and Côte d'Ivoire on CIM Level 6 and 7 courses and MBAs in Lagos,
    # Abuja, Accra and London (CBN circulars, NCC directives, the NDPR 2019 and NDPA 2023, Bank of Ghana notices, APCON
    # and ARCON vetting codes, BCEAO instructions, naira, cedi and CFA franc prices with redenomination and devaluation
    # dates, USSD codes, Detty December, AFCON, Afrobeats releases and Nollywood films with their years, tickers, fiscal
    # years, survey fieldwork, interview codes, chiefs, Alhajis and professors with their titles; regulators, plcs and
    # Ltds, Acts under the legislature that passed them, GeoPoll, NOI Polls, Stears, the Nigerian, Ghanaian and
    # Francophone press, African business journals with up to eight authors, posts, podcasts and dissertations).
    # Held out for its first tables (stop 29), development data since. Seeds from 55000.
    "blind51": range(55000, 55000 + 100),
    "blind51-more": range(55000 + 100, 55000 + 400),
    # "blind52" is a fifty-second independent pool (blind52_works.py, blind52_text.py), written by a fifty-second hand
    # without reading the checker, its tests or the other pools: CRM, affiliate, compliance, brand and safer-gambling
    # marketers at bookmakers, online casinos, lotteries, bingo and slots operators, affiliates and agencies in the UK,
    # Ireland, Malta and Gibraltar on CIM Level 6 and 7 courses (the Gambling Act 2005 and its sections, the 2023 white
    # paper and its consultations, LCCP social-responsibility codes, ASA rulings on named operators with their dates,
    # CAP and BCAP rules, the Gambling Regulation Act 2024 and GRAI, the MGA, the Gaming Act (Cap. 583) and licence
    # numbers, Gibraltar's Gambling Act, IBAS cases, GAMSTOP and BeGambleAware, survey waves, odds, stakes, RTPs, bonus
    # terms, fixtures, races and events with their dates, peers and MPs with their titles; gambling-studies journals,
    # regulators, trade bodies, operators, research firms, Acts, the trade and national press, conference talks, theses).
    # Held out for its first tables (stop 29), development data since. Seeds from 56000.
    "blind52": range(56000, 56000 + 100),
    "blind52-more": range(56000 + 100, 56000 + 400),
    # "blind53" is a fifty-third independent pool (blind53_works.py, blind53_text.py), written by a fifty-third hand
    # without reading the checker, its tests or the other pools: marketing, communication and digital staff at
    # retailers, cosmetics and luxury houses, wine and spirits brands, banks, public agencies, cooperatives and agencies
    # in France, Belgium, Romandy, Quebec and Morocco on CIM Level 6 and 7 courses, writing in English as francophones
    # (French laws and decrees by number and date, CNIL délibérations, ARPP recommandations, Autorité de la concurrence
    # décisions, Bill 96 and the OQLF, dahirs and HACA decisions, INSEE and Statistics Canada tables, guillemets, dates
    # written 3 mars 2023, amounts with spaces and decimal commas; Xerfi, IFOP, Kantar France and Médiamétrie studies,
    # French and English journals and textbooks in their editions, annual reports of SA, SE, SCA, plc and Inc. firms,
    # laws under the body that published them, the French, Belgian, Swiss, Quebec and Moroccan press).
    # Held out for its first tables (stop 29), development data since. Seeds from 57000.
    "blind53": range(57000, 57000 + 100),
    "blind53-more": range(57000 + 100, 57000 + 400),
    # "blind54" is a fifty-fourth independent pool (blind54_works.py, blind54_text.py), written by a fifty-fourth hand
    # without reading the checker, its tests or the other pools: marketing, investor-relations, sustainability and
    # business-development staff at mining houses, mining-equipment and services firms, agribusiness cooperatives, wine
    # estates and energy-transition companies in South Africa and Australia on CIM Level 6 and 7 courses and MBAs (JSE
    # and ASX tickers, King IV, the Mining Charter 2018, B-BBEE levels, the MPRDA and NEMA, JORC 2012 and SAMREC, load
    # shedding by stage, rand and Australian-dollar figures, mines, vintages and export seasons; Resources Policy, The
    # Extractive Industries and Society and business journals, textbooks, the Minerals Councils, Stats SA, the ABS,
    # Geoscience Australia, listed houses with plc and Ltd, government departments, the trade and financial press,
    # theses, YouTube and LinkedIn videos; Afrikaans names with particles, African, Indian-South African, Greek-,
    # Italian- and Vietnamese-Australian names). Held out for its first tables (stop 29), development data since.
    # Seeds from 58000.
    "blind54": range(58000, 58000 + 100),
    "blind54-more": range(58000 + 100, 58000 + 400),
    # "blind55" is a fifty-fifth independent pool (blind55_works.py, blind55_text.py), written by a fifty-fifth hand
    # without reading the checker, its tests or the other pools: commercial, marketing and communications staff at
    # shipping lines, ship-owning families, port authorities, freight forwarders, logistics start-ups, terminal
    # operators and maritime insurers in Rotterdam, Antwerp, Piraeus, Athens, Singapore, Dubai (Jebel Ali) and Hamburg
    # on CIM Level 6 and 7 courses and MSc Maritime Business programmes (MARPOL Annex VI and IMO resolutions with their
    # numbers and years, the CII and EEXI, the EU ETS for shipping and FuelEU Maritime, Incoterms 2020, TEU figures and
    # port rankings with their years, vessels and classes, the Suez Canal blockage and the Red Sea diversions,
    # alliances, tickers and fiscal years, UN/LOCODEs, loops and terminals, charter-party forms, freight indices, Greek
    # and UAE laws named in passing; UNCTAD, the World Bank, IMO, BIMCO, Drewry, Clarksons Research, carriers' and port
    # authorities' reports, EU regulations and IMO resolutions under the body that made them, maritime journals with up
    # to eight authors, Stopford in his editions, conference papers, dissertations, Lloyd's List, TradeWinds, The
    # Loadstar and Splash247, LinkedIn posts and webinars; Dutch, Flemish, Greek, Singaporean, Emirati, German and
    # Danish names). Held out for its first tables (stop 29), development data since. Seeds from 59000.
    "blind55": range(59000, 59000 + 100),
    "blind55-more": range(59000 + 100, 59000 + 400),
    # "blind56" is a fifty-sixth independent pool (blind56_works.py, blind56_text.py), written by a fifty-sixth hand
    # without reading the checker, its tests or the other pools: marketing, growth, employer-branding and e-commerce
    # staff at marketplaces, retailers, software houses and IT-outsourcing firms, banks and fintechs, and agencies in
    # Warsaw, Kraków, Wrocław, Prague, Brno, Bucharest, Cluj-Napoca, Kyiv and Lviv on CIM Level 6 and 7 courses and MBAs
    # taught in English (the Omnibus Directive 2019/2161, the DSA, UOKiK decisions with their signatures, Czech,
    # Romanian and Ukrainian consumer laws by number and year, GUS, ČSÚ, INS and Ukrstat releases, Gemius, Mediapanel and
    # IAB Polska figures, Black Friday, Black Week and 11.11, złoty, koruna, lei and hryvnia prices, wartime dates,
    # tickers, company forms and registration numbers, awards, conferences, fieldwork and interview codes; regional and
    # international journals with up to eight authors, textbooks with Polish and Czech editions, Acts under the state,
    # company, research-firm and regulator reports, the national business press, conference papers, dissertations,
    # podcasts and LinkedIn posts; Polish, Czech, Slovak, Romanian and Ukrainian names with diacritics, feminine forms,
    # double surnames and several transliterations).
    # Held out for its first tables (stop 29), development data since. Seeds from 60000.
    "blind56": range(60000, 60000 + 100),
    "blind56-more": range(60000 + 100, 60000 + 400),
    # "blind57" is a fifty-seventh independent pool (blind57_works.py, blind57_text.py), written by a fifty-seventh
    # hand without reading the checker, its tests or the other pools: social-marketing, health-promotion and
    # communications staff at government agencies, Te Whatu Ora and Te Aka Whai Ora, the Ministry of Health – Manatū
    # Hauora, iwi and Māori health providers, Aboriginal community-controlled organisations, councils, road-safety and
    # anti-smoking programmes in Auckland, Wellington, Christchurch, Sydney, Melbourne, Brisbane and Perth, on CIM Level
    # 6 and 7 courses and Master of Public Health and social-marketing programmes (campaigns with their years, Acts with
    # their years and sections, Te Tiriti o Waitangi, census and survey waves, ASA and Ad Standards decisions, budgets
    # and financial years, hui and fono, te reo Māori phrases; social-marketing and public-health journals with up to
    # eight authors, textbooks in editions, evaluation reports, Acts under the Parliament that made them, agency and
    # charity reports and pages with and without dates, RNZ, Stuff, The Spinoff and ABC News, podcasts and theses;
    # Māori names with macrons, Samoan, Tongan and Fijian, Aboriginal and Torres Strait Islander, Pākehā, Greek-,
    # Italian-, Chinese- and Indian-Australian names).
    # Held out for its first tables (stop 29), development data since. Seeds from 61000.
    "blind57": range(61000, 61000 + 100),
    "blind57-more": range(61000 + 100, 61000 + 400),
    # "blind58" is a fifty-eighth independent pool (blind58_works.py, blind58_text.py), written by a fifty-eighth hand
    # without reading the checker, its tests or the other pools: brand, export, trade-marketing and digital staff at
    # Italian fashion houses, eyewear and furniture makers, DOP, IGP and DOCG consortia, cooperatives, family firms and
    # agencies in Milan, Florence, Bologna, Parma, Turin, Verona and Naples on CIM Level 6 and 7 courses and Masters in
    # Luxury and Food Marketing taught in English (Italian laws and decrees by number and date, AGCM and IAP decisions,
    # EU regulations on geographical indications, Vinitaly, Salone del Mobile, Pitti Uomo and Milan fashion weeks with
    # their years and editions, vintages and collections, ISTAT, Banca d'Italia and consortium figures, company forms,
    # euro prices, awards, tickers and coursework habits; Italian textbooks, journals with up to eight authors,
    # consortia, research houses, ministries and EU legislation under the body that made it, the Italian and trade
    # press, tesi di laurea, web pages with and without access dates; Italian names with particles and apostrophes,
    # double surnames, accented Sicilian and Sardinian names, Italian-Americans and Chinese-Italian names from Prato).
    # Held out for its first tables (stop 29), development data since. Seeds from 62000.
    "blind58": range(62000, 62000 + 100),
    "blind58-more": range(62000 + 100, 62000 + 400),
    # "blind59" is a fifty-ninth independent pool (blind59_works.py, blind59_text.py), written by a fifty-ninth hand
    # without reading the checker, its tests or the other pools: growth, brand, CRM, community and trade marketers at
    # marketplaces, super-apps, e-wallets, banks, FMCG firms, telecoms and agencies in Jakarta, Surabaya, Bandung,
    # Manila, Cebu and Davao on CIM Level 6 and 7 courses and MBAs taught in English (POJK and PP numbers, UU PDP 2022,
    # Republic Acts and BSP circulars, BPS and PSA releases, Harbolnas 12.12 and double-date sales, Ramadan, Lebaran and
    # the -ber months, rupiah and peso figures, IDX and PSE tickers, PT ... Tbk and Inc. firms, survey fieldwork and
    # sample sizes, hashtags, handles and promo codes; regional journals with up to eight authors, textbooks in their
    # editions, theses, signed and unsigned articles in the Indonesian and Philippine press, company, regulator and
    # research-firm reports, regulations under the body or state that made them, TikTok and Instagram posts and
    # podcasts; Indonesian single names, Javanese, Sundanese, Batak and Chinese-Indonesian names, bin and binti,
    # Filipino names with dela, de los and delos, double surnames, Jr. and III, and expatriates).
    # Held out for its first tables (stop 29), development data since. Seeds from 63000.
    "blind59": range(63000, 63000 + 100),
    "blind59-more": range(63000 + 100, 63000 + 400),
    # "blind60" is a sixtieth independent pool (blind60_works.py, blind60_text.py), written by a sixtieth hand without
    # reading the checker, its tests or the other pools: brand, trade, CRM, e-commerce and communications marketers at
    # retailers, banks, neobanks, beverage and beer brands, cosmetics firms, telecoms and agencies in São Paulo, Rio de
    # Janeiro, Mexico City, Monterrey, Bogotá, Medellín, Buenos Aires and Santiago on CIM Level 6 and 7 courses and MBAs
    # taught in English (the LGPD, the Código de Defesa do Consumidor, NOM-051, Ley 1581 de 2012 and other laws by
    # number and year, CONAR, PROCON and Profeco decisions, IBGE, INEGI and DANE releases, Black Friday, Buen Fin, Hot
    # Sale, Día de Muertos and Carnaval, reais, pesos and UF, tickers and S.A., S.A.B. de C.V. and Ltda. firms,
    # telenovelas, songs and tournaments with their years; Latin American and international journals with up to eight
    # authors, textbooks, dissertações and tesis, company, research-firm and regulator reports, laws under the state that
    # made them, the national press, YouTube, Instagram and podcasts; Portuguese and Spanish names with particles, double
    # surnames, Filho and Neto, Japanese-Brazilian, Lebanese-Mexican, Italian-Argentine, German-Chilean, Maya, Andean and
    # Mapuche names, and expatriates).
    # Held out for its first tables (stop 30), development data since. Seeds from 64000.
    "blind60": range(64000, 64000 + 100),
    "blind60-more": range(64000 + 100, 64000 + 400),
    # "blind61" is a sixty-first independent pool (blind61_works.py, blind61_text.py), written by a sixty-first hand
    # without reading the checker, its tests or the other pools: commercial, loyalty, destination, revenue and
    # communications marketers at airlines, airports, tourism boards, hotel groups, tour operators, online travel
    # agencies and agencies in Istanbul, Antalya, Dubai, Abu Dhabi, Doha, Riyadh, Jeddah, Cairo and Amman on CIM Level 6
    # and 7 courses and MBAs taught in English (flight numbers, routes and IATA codes, fare classes and loyalty tiers,
    # KVKK, UAE, Saudi, Egyptian, Qatari and Jordanian data laws with their numbers, GCAA and GACA circulars, IATA
    # resolutions, TÜİK, GASTAT, CAPMAS and DET releases, Hajj, Umrah, Ramadan, Eid and Riyadh Season, Expo 2020 Dubai,
    # Vision 2030, lira, dirham, riyal, dinar and pound figures, A.Ş., PJSC, L.L.C. and W.L.L. firms, handles, hashtags
    # and promo codes; tourism and air-transport journals with up to eight authors, textbooks, theses, carriers',
    # airports', hotel groups' and tourism boards' reports, statistics offices, laws under the state that made them,
    # market-research firms, the regional and travel press, posts and podcasts; Turkish names, Arabic names with
    # Al, Al-, El-, Abdel, Abd al-, Abu and bin transliterated several ways, Egyptian names with the father's name,
    # Levantine and Iranian names, and South Asian, Filipino and British expatriates).
    # Held out for its first tables (stop 30), development data since. Seeds from 65000.
    "blind61": range(65000, 65000 + 100),
    "blind61-more": range(65000 + 100, 65000 + 400),
    # "blind62" is a sixty-second independent pool (blind62_works.py, blind62_text.py), written by a sixty-second hand
    # without reading the checker, its tests or the other pools: brand, trade, digital, loyalty and communications
    # marketers at FMCG firms, dairies, coffee chains, banks, e-wallets, retailers, hotel groups, tourism boards,
    # telecoms and agencies in Ho Chi Minh City, Hanoi, Da Nang, Bangkok, Chiang Mai, Phuket and Phnom Penh on CIM
    # Level 6 and 7 courses and MBAs taught in English (Vietnamese decrees and laws by number, Thai Acts with Buddhist
    # Era years, Cambodian Prakas, GSO, NSO and NIS releases by quarter, Tết, Songkran, Loy Krathong, Pchum Ben and
    # Double Day campaigns, đồng, baht and riel prices, exchange rates, HOSE and SET tickers, company forms, store
    # counts, awards, fieldwork and interview codes, hashtags, handles and promo codes, standards with their years,
    # Vietnamese, Thai and Khmer words glossed in brackets, honorifics and nicknames; regional journals with up to
    # eight authors, textbooks in their editions, chapters, theses from local universities, signed and unsigned
    # articles in the Vietnamese, Thai and Cambodian press and trade press, JSC, PCL, Co., Ltd. and Plc reports,
    # research-firm, statistics-office and tourism-board reports and pages with and without dates or access dates,
    # laws under the body that made them, Facebook, TikTok and Zalo posts and podcasts; Vietnamese names with full
    # diacritics cited by family name, by given name and without diacritics, Thai and Sino-Thai names, royal titles,
    # Khmer family-first names and expatriates).
    # Held out for its first tables (stop 30), development data since. Seeds from 66000.
    "blind62": range(66000, 66000 + 100),
    "blind62-more": range(66000 + 100, 66000 + 400),
    # "blind63" is a sixty-third independent pool (blind63_works.py, blind63_text.py), written by a sixty-third hand
    # without reading the checker, its tests or the other pools: brand, trade, growth, CRM and communications
    # marketers at telecoms and mobile-money firms, banks, SACCOs, FMCG and beverage firms, tea, coffee and flower
    # exporters, safari and hotel groups, tourism boards, NGOs and agencies in Nairobi, Mombasa, Dar es Salaam, Arusha,
    # Kampala, Kigali and Addis Ababa on CIM Level 6 and 7 courses and MBAs taught in English (Acts with their numbers,
    # years and chapters, regulators' directives, statistics offices' surveys by name and year, holiday campaigns with
    # their dates, shilling, franc and birr prices, exchange rates, financial years, USSD codes, paybill and till
    # numbers, tickers, company forms and former names, awards, fieldwork and interview codes, hashtags and handles,
    # Swahili, Amharic and Kinyarwanda words glossed in brackets, slogans in quotation marks, tea and coffee grades,
    # flight numbers, park fees, standards; regional journals with up to eight authors, textbooks in their editions,
    # chapters, theses from East African universities, signed and unsigned articles in the regional press, PLC, Ltd
    # and Limited reports, regulators', statistics offices' and research firms' reports and pages with and without
    # dates or access dates, Acts under the republic that made them, X, TikTok and LinkedIn posts and podcasts; Kikuyu,
    # Luo, Luhya, Kalenjin, Kamba, Swahili, Chagga and Baganda names with apostrophes, tildes and hyphens, Rwandan names,
    # Ethiopian and Eritrean names cited in full, Somali, Indian-East African and Goan names and expatriates).
    # Held out for its first tables (stop 30), development data since. Seeds from 67000.
    "blind63": range(67000, 67000 + 100),
    "blind63-more": range(67000 + 100, 67000 + 400),
    # "blind64" is a sixty-fourth independent pool (blind64_works.py, blind64_text.py), written by a sixty-fourth hand
    # without reading the checker, its tests or the other pools: brand, trade, CRM, digital and communications
    # marketers at convenience-store chains, department stores, beverage, cosmetics and food makers, railways,
    # character and anime licensors, game and toy firms, ad agencies and research firms in Tokyo, Osaka, Nagoya,
    # Fukuoka and Sapporo on CIM Level 6 and 7 courses and MBAs taught in English (fiscal years ending in March,
    # Reiwa and Heisei years, yen figures and consumption tax, Acts by number, stealth-marketing and JARO rules, gift
    # seasons, Golden Week, White Day, Halloween and fukubukuro campaigns, character copyright lines, tickers, JAN
    # codes, store counts, handles, hashtags and promo codes, Japanese words glossed in brackets; Japanese and
    # international journals with up to eight authors, textbooks and translated books, chapters, theses, K.K. and
    # Co., Ltd. reports, ministries' and agencies' releases, Acts under the body that publishes them, research-firm
    # reports, the Japanese and trade press signed and unsigned, posts and podcasts, with and without dates or access
    # dates; Japanese names with and without macrons, Japanese-Brazilian, Zainichi Korean and expatriate names).
    # Held out for its first tables (stop 30), development data since. Seeds from 68000.
    "blind64": range(68000, 68000 + 100),
    "blind64-more": range(68000 + 100, 68000 + 400),
    # "blind65" is a sixty-fifth independent pool (blind65_works.py, blind65_text.py), written by a sixty-fifth hand
    # without reading the checker, its tests or the other pools: brand, trade, CRM, sustainability and communications
    # marketers at retailers, furniture and design houses, grocery and dairy cooperatives, fintechs, banks, telecoms,
    # airlines, tourism boards and agencies in Stockholm, Gothenburg, Oslo, Bergen, Copenhagen, Aarhus, Helsinki,
    # Reykjavík, Tallinn, Riga and Vilnius on CIM Level 6 and 7 courses and MBAs taught in English (Swedish, Norwegian,
    # Danish and Finnish laws by SFS, LOV, LBK and statute number, EU regulations and directives, SCB, SSB, Danmarks
    # Statistik, Statistics Finland, Hagstofa Íslands and Statistics Estonia releases, Black Week, Singles Day,
    # midsummer and Jul campaigns, krona, krone, euro and ISK figures, exchange and VAT rates, AB (publ), ASA, A/S, amba
    # and Oyj firms, tickers, store counts, loyalty tiers, awards and fairs, labels and standards, fieldwork and
    # interview codes, hashtags, handles and promo codes, Nordic words glossed in brackets; Scandinavian and
    # international journals with up to eight authors, textbooks in Nordic editions, chapters, theses (examensarbete,
    # masteroppgave, pro gradu, magistritöö), company, cooperative and bank reports with and without dates, statistics
    # offices, laws under the parliament or ministry that made them, research firms, the Nordic and Baltic press,
    # LinkedIn, Instagram and TikTok posts and podcasts; Swedish, Norwegian, Danish, Finnish, Sámi, Estonian names,
    # Latvian and Lithuanian gendered surnames, Icelandic patronymics written by given name or as surnames, von, af
    # and de, double surnames and expatriates).
    # Held out for its first tables (stop 30), development data since. Seeds from 69000.
    "blind65": range(69000, 69000 + 100),
    "blind65-more": range(69000 + 100, 69000 + 400),
    # "blind66" is a sixty-sixth independent pool (blind66_works.py, blind66_text.py), written by a sixty-sixth hand
    # without reading the checker, its tests or the other pools: brand, growth, CRM, trade and communications
    # marketers at telecoms, super-apps, banks, retailers, FMCG and beverage firms, wineries, airlines, tourism boards
    # and agencies in Almaty, Astana, Tashkent, Samarkand, Tbilisi, Batumi, Baku and Yerevan on CIM Level 6 and 7
    # courses and MBAs taught in English (laws, decrees and central-bank resolutions by number and date, statistics
    # offices, Nauryz, Navruz, Novruz, Rtveli, Independence Day and New Year campaigns, tenge, som, lari, manat and
    # dram figures, exchange rates, JSC, LLP, LLC, OJSC, CJSC and PLC firms, tickers, tariffs, USSD codes, store
    # counts, awards, events, vintages, heritage sites, flight numbers, standards, fieldwork and interview codes,
    # hashtags and handles, words in Cyrillic, Georgian and Latin scripts; regional and international journals with
    # up to eight authors, textbooks, chapters, theses from the region's universities, company, bank and statistics
    # reports with and without dates, laws under the body that made them, the regional press, Instagram, Telegram
    # and TikTok posts and podcasts; Kazakh, Uzbek, Azerbaijani, Russian-transliterated names in several spellings,
    # Georgian, Armenian, Koryo-saram and expatriate names).
    # Held out for its first tables (stop 30), development data since. Seeds from 70000.
    "blind66": range(70000, 70000 + 100),
    "blind66-more": range(70000 + 100, 70000 + 400),
    # "blind67" is a sixty-seventh independent pool (blind67_works.py, blind67_text.py), written by a sixty-seventh hand
    # without reading the checker, its tests or the other pools: brand, CRM, performance, content and communications
    # marketers at K-beauty houses, entertainment and webtoon firms, department stores and convenience chains,
    # platforms, food and beverage makers, carmakers and agencies in Seoul, Busan, Incheon and Pangyo on CIM Level 6 and
    # 7 courses and MBAs taught in English (Korean Acts by number and year, KFTC and MFDS rules, KOSTAT, KOCCA, KTO and
    # KCA figures, Chuseok, Seollal, Pepero Day, Black Friday and Korea Sale FESTA campaigns, won figures and exchange
    # rates, Co., Ltd., Corp. and Inc. firms, chaebol groups, tickers, store counts, idol albums, webtoons and dramas,
    # products and shades, hashtags, handles and promo codes, Korean words glossed in brackets, survey, interview and
    # course codes; Korean and international journals with up to eight authors, textbooks (some translated), books with
    # romanised Korean titles and English translations, chapters, theses from Seoul National, Yonsei, Korea and KAIST
    # universities, company reports with and without dates, ministries, agencies and statistics offices, Acts under the
    # body that publishes them, research firms, the Korean press in English signed and unsigned, Instagram, YouTube,
    # Naver blog and TikTok posts and podcasts; Korean names in several romanisations and given-name forms,
    # McCune-Reischauer breves, Korean-American, Joseonjok and expatriate names).
    # Held out for its first tables (stop 30), development data since. Seeds from 71000.
    "blind67": range(71000, 71000 + 100),
    "blind67-more": range(71000 + 100, 71000 + 400),
    # "blind68" is a sixty-eighth independent pool (blind68_works.py, blind68_text.py), written by a sixty-eighth hand
    # without reading the checker, its tests or the other pools: brand, CRM, trade, digital and communications
    # marketers at retailers, banks and credit unions, telecoms, grocers, coffee chains, airlines, provincial crown
    # corporations, federal and provincial departments, Indigenous tourism bodies and agencies in Toronto, Montréal,
    # Vancouver, Calgary, Ottawa, Halifax and Winnipeg on CIM Level 6 and 7 courses and MBAs taught in English (Acts by
    # S.C. and S.Q. chapter, Bill 96 and Law 25, CRTC decisions by number, Ad Standards and Competition Bureau matters,
    # Statistics Canada tables, Boxing Day, Black Friday, Canada Day and Thanksgiving campaigns, C$ and CAD figures,
    # fiscal years, tickers, loyalty tiers, store counts, province codes and postal codes, bilingual names and French
    # words glossed in brackets, hashtags, handles and promo codes; Canadian and international journals with up to eight
    # authors, textbooks in Canadian editions, chapters, theses, company, crown-corporation, government and research-firm
    # works with and without dates, Acts and decisions under the body that publishes them, the Canadian press, social
    # posts and podcasts; English, French-Canadian, First Nations, Inuit and Métis, Chinese-, South Asian-, Filipino-,
    # Italian-, Portuguese-, Ukrainian- and Caribbean-Canadian and expatriate names, particles de, du, van der).
    # Held out for its first tables (stop 30), development data since. Seeds from 72000.
    "blind68": range(72000, 72000 + 100),
    "blind68-more": range(72000 + 100, 72000 + 400),
    # "blind69" is a sixty-ninth independent pool (blind69_works.py, blind69_text.py), written by a sixty-ninth hand
    # without reading the checker, its tests or the other pools: product-marketing, growth, brand, PR and
    # communications marketers at start-ups, fintechs, cybersecurity and agritech firms, food makers, banks, hotel
    # groups and tourism boards in Tel Aviv, Jerusalem, Haifa, Be'er Sheva, Nicosia and Limassol on CIM Level 6 and 7
    # courses and MBAs taught in English (Israeli laws by number and Hebrew year, Cyprus Law 125(I)/2018, EU
    # regulations by number, CBS and CYSTAT figures, Hebrew years beside Gregorian ones, festival campaigns, shekel and
    # euro figures, Ltd., B.M. and PLC firms, tickers, Hebrew and Greek words glossed in brackets, codes and handles;
    # journals with up to eight authors, textbooks, chapters, theses, books with transliterated Hebrew titles and
    # English translations, company, government and research-firm works with and without dates, laws under the body
    # that publishes them, the Israeli and Cypriot press, social posts and podcasts; Israeli, Arab-Israeli, Russian-
    # and Ethiopian-Israeli, Greek- and Turkish-Cypriot and expatriate names).
    # Held out for its first tables (stop 30), development data since. Seeds from 73000.
    "blind69": range(73000, 73000 + 100),
    "blind69-more": range(73000 + 100, 73000 + 400),
    # "blind70" is a seventieth independent pool (blind70_works.py, blind70_text.py), written by a seventieth hand
    # without reading the checker, its tests or the other pools: brand, trade, CRM, loyalty, digital and communications
    # marketers at South African grocers, clothing and homeware retailers, banks and insurers, telecoms, breweries,
    # wine and spirits brands, quick-service restaurants, SOEs and agencies in Johannesburg, Cape Town, Durban,
    # Pretoria, Gqeberha and Stellenbosch on CIM Level 6 and 7 courses and MBAs taught in English (Acts with their
    # numbers and years, ARB rulings, Competition Commission matters, Stats SA releases, SARB rates, BRC and SAARF
    # measures, load-shedding stages, Black Friday, Heritage Day, Youth Day, festive-season and back-to-school campaigns,
    # rand figures with decimal commas, JSE tickers, (Pty) Ltd, SOC Ltd and NPC firms, B-BBEE levels, loyalty tiers,
    # USSD and promo codes, store counts, Afrikaans and isiZulu words glossed in brackets; South African and
    # international journals with up to eight authors, textbooks in South African editions, chapters, MCom and MBA
    # research reports, company, SOE, government and research-firm works with and without dates, Acts under the body
    # that publishes them, the South African press signed and unsigned, social posts; Afrikaans names with particles,
    # isiZulu, isiXhosa, Sesotho, Setswana, Tshivenda, Indian-South African, Cape Malay, Portuguese- and Greek-South
    # African and expatriate names). Held out for its first tables (stop 30), development data since. Seeds from
    # 74000.
    "blind70": range(74000, 74000 + 100),
    "blind70-more": range(74000 + 100, 74000 + 400),
    # "blind71" is a seventy-first independent pool (blind71_works.py, blind71_text.py), written by a seventy-first hand
    # without reading the checker, its tests or the other pools: brand, growth, lifecycle, content, product-marketing
    # and communications marketers at health systems, pharmacy chains, retailers, DTC brands, SaaS firms, universities,
    # non-profits and agencies in New York, Chicago, Austin, Atlanta, Seattle, Boston and Los Angeles on CIM Level 6
    # and 7 courses and UK MBAs online, in US English (statutes with U.S.C. sections and years, HIPAA, CCPA and COPPA,
    # FTC rules by C.F.R. part, consent orders by docket and file number, fiscal years and quarters, dollar figures,
    # tickers and corporate forms, Super Bowl, Black Friday, Cyber Monday, Prime Day and Giving Tuesday campaigns,
    # cities with their states, taglines and campaign names, tenures, samples, tax status, figures and appendices;
    # American journals with up to eight authors, US-edition textbooks, chapters, dissertations, company, non-profit,
    # federal-agency, regulation and research-firm works with and without dates, the US press and trade press, social
    # posts and podcasts; American names with middle initials and suffixes, Hispanic double surnames, African-, Chinese-,
    # Korean-, Vietnamese-, Indian-, Irish-, Italian- and Polish-American and expatriate names, particles de la, van).
    # Held out for its first tables (stop 30), development data since. Seeds from 75000.
    "blind71": range(75000, 75000 + 100),
    "blind71-more": range(75000 + 100, 75000 + 400),
    # "blind72" is a seventy-second independent pool (blind72_works.py, blind72_text.py), written by a
    # seventy-second hand without reading the checker, its tests or the other pools: brand, trade, CRM, B2B,
    # e-commerce and communications marketers at grocers and discounters, drugstore chains, Mittelstand machine and
    # tool makers, insurers, banks and Sparkassen, rail and mobility firms, breweries, chocolate and coffee makers,
    # watchmakers and agencies in Berlin, Hamburg, Munich, Cologne, Stuttgart, Vienna, Graz, Zurich, Basel and
    # Geneva on CIM Level 6 and 7 courses and MBAs taught in English (UWG, BDSG, TTDSG, nDSG/FADP, Austrian DSG and
    # EU regulations with their paragraphs, numbers and years, BGH, OLG and Federal Supreme Court file numbers,
    # Destatis, Statistik Austria and BFS figures, Oktoberfest, Fasching, Advent, Christmas-market, Black Friday and
    # Schulanfang campaigns, euro and franc figures with Mio. and Mrd. and decimal commas, legal forms, tickers,
    # store counts, trade fairs, awards, slogans in German quotation marks, German dates, hashtags and handles,
    # German terms glossed in brackets; German textbooks with English titles in square brackets, chapters in German
    # handbooks, German, Swiss and international journals with up to eight authors, Dissertationen, company,
    # association, statistics-office, government, law, ruling and research-firm works with and without dates, the
    # German-language daily and trade press signed and unsigned, posts and podcasts; German, Austrian and Swiss
    # names with umlauts, ß and particles, double names, Turkish-, Polish-, Croatian-German, Italian-Swiss, Romansh,
    # Swiss-French and expatriate names). Held out for its first tables (stop 31), development data since. Seeds
    # from 76000.
    "blind72": range(76000, 76000 + 100),
    "blind72-more": range(76000 + 100, 76000 + 400),
    # "blind73" is a seventy-third independent pool (blind73_works.py, blind73_text.py), written by a seventy-third
    # hand without reading the checker, its tests or the other pools: brand, trade, digital, CRM and communications
    # marketers at telecoms and mobile-money firms, banks and insurers, FMCG, dairy and beverage firms, phosphate
    # and agribusiness groups, hotel groups, tourism offices, airlines, e-commerce platforms and agencies in
    # Casablanca, Rabat, Marrakech, Tangier, Algiers, Oran, Tunis, Sfax, Dakar and Abidjan on CIM Level 6 and 7
    # courses and MBAs taught in English (laws, decrees and circulars with their numbers and years, regulators'
    # decisions, HCP, ONS, INS and ANSD figures, Ramadan, Eid, Tabaski, Yennayer, Mawlid, rentrée and summer
    # diaspora campaigns, dirham, dinar and CFA franc figures, S.A., SARL, SPA and GIE firms, tariffs, USSD and
    # short codes, French and Arabic words glossed in brackets; African and international journals with up to eight
    # authors, textbooks, chapters, theses, company, regulator, government, legislation and research-firm works with
    # and without dates, the francophone press signed and unsigned, social posts and podcasts; Moroccan, Algerian
    # and Tunisian names with El, Al, Ben, Ait and Ould, transliterated several ways, Amazigh, Wolof, Pulaar, Serer
    # and Ivorian names, French and Lebanese expatriate names). Held out for its first tables (stop 31), development
    # data since. Seeds from 77000.
    "blind73": range(77000, 77000 + 100),
    "blind73-more": range(77000 + 100, 77000 + 400),
    # "blind74" is a seventy-fourth independent pool (blind74_works.py, blind74_text.py), written by a
    # seventy-fourth hand without reading the checker, its tests or the other pools: brand, trade, B2B, CRM, digital
    # and communications marketers at semiconductor and electronics makers, bubble-tea and bakery chains,
    # convenience and department stores, banks and insurers, property developers, casino resorts, airlines, the MTR,
    # tourism boards and agencies in Taipei, Hsinchu, Taichung, Kaohsiung, Hong Kong, Kowloon and Macau on CIM Level
    # 6 and 7 courses and MBAs taught in English (ROC years beside Gregorian ones, ordinances by chapter, Macau laws
    # by number and year, Taiwanese Acts by article, FSC and PCPD matters, NT$, HK$ and MOP figures, TWSE and HKEX
    # tickers, lunar festivals, Ghost Month and shopping days, store counts, chip nodes, flight numbers, MTR lines,
    # loyalty tiers, typhoon signals, hashtags, handles and promo codes, Chinese, Cantonese and Portuguese words
    # glossed in brackets; regional and international journals with up to eight authors, textbooks, chapters, theses
    # from Taiwanese, Hong Kong and Macau universities, works with Chinese titles in characters or pinyin and
    # English translations, Co., Ltd., Corp., Inc., Limited and Holdings firms' reports, statistics offices,
    # regulators, ordinances and Acts under the body that publishes them, research firms, the regional press signed
    # and unsigned, social posts and podcasts, with and without dates or access dates; Taiwanese names in Wade-Giles
    # and other romanisations, Cantonese names with and without English given names, pinyin, Macanese Portuguese,
    # Indigenous Taiwanese and expatriate names). Held out for its first tables (stop 31), development data since.
    # Seeds from 78000.
    "blind74": range(78000, 78000 + 100),
    "blind74-more": range(78000 + 100, 78000 + 400),
    # "blind75" is a seventy-fifth independent pool (blind75_works.py, blind75_text.py), written by a seventy-fifth
    # hand without reading the checker, its tests or the other pools: brand, trade, CRM, digital, loyalty and
    # communications marketers at supermarket and pharmacy chains in capitals and mining towns, banks, cooperatives
    # and microfinance institutions, telecoms, breweries and beverage firms, coffee, cocoa and banana exporters,
    # airlines, hotel groups, tourism boards and agencies in Peru, Ecuador, Bolivia, Guatemala, Costa Rica, Panama
    # and the Dominican Republic on CIM Level 6 and 7 courses and MBAs taught in English (laws, decrees and INDECOPI
    # and SIC resolutions by number and year, soles, dólares, bolivianos, quetzales, colones and balboas, tickers,
    # store counts, campaigns and festivals with their years and dates, loyalty tiers, flight numbers, USSD codes,
    # handles, hashtags and promo codes, certifications, coffee grades and crop varieties, awards, rankings, weather
    # and historical events, Spanish, Quechua, Aymara and K'iche' words glossed in brackets; regional and
    # international journals with up to eight authors, Spanish textbooks with English translations in square
    # brackets, chapters, theses from PUCP, Universidad del Pacífico, ESAN, USFQ, INCAE, UCB and Landívar, S.A.,
    # S.A.A., C.A. and Ltd. firms' reports, statistics offices, laws under the body that passed them, research
    # firms, the regional press signed and unsigned, social posts and podcasts, with and without dates or access
    # dates; Spanish names with two surnames and compound given names, "de", "del", "de la" and "y", Quechua, Aymara
    # and Maya names, Afro-Ecuadorian and Afro-Dominican names, Chinese-, Japanese- and Lebanese-Peruvian names and
    # expatriates). Held out for its first tables (stop 31), development data since. Seeds from 79000.
    "blind75": range(79000, 79000 + 100),
    "blind75-more": range(79000 + 100, 79000 + 400),
    # "blind76" is a seventy-sixth independent pool (blind76_works.py, blind76_text.py), written by a seventy-sixth
    # hand without reading the checker, its tests or the other pools: brand, trade, growth, CRM, employer-branding
    # and communications marketers at retailers and e-commerce platforms, IT-outsourcing and software firms, banks
    # and fintechs, telecoms, wineries, breweries and FMCG makers, hotel groups, tourism boards and agencies in
    # Romania, Moldova, Bulgaria, Serbia, Croatia, Slovenia and Ukraine on CIM Level 6 and 7 courses and MBAs taught
    # in English (laws, gazettes and regulators' decisions with their numbers and years, EU regulations by number,
    # statistics offices' series, lei, leva, dinar, euro, hryvnia and Moldovan lei figures, exchange rates,
    # trade-register numbers, S.R.L., S.A., SCS, EOOD, AD, d.o.o., d.d., a.d. and PrJSC firms, stock tickers,
    # Orthodox Easter, Christmas on 7 January, Mărțișor, Baba Marta, Slava, Black Friday, back-to-school and
    # summer-coast campaigns, vintages, appellations, tariffs, certificates, awards and festivals by edition, survey
    # samples, hashtags and promo codes, local words glossed in brackets; regional and international journals with
    # up to eight authors, textbooks in the local languages with English translations in square brackets and
    # Cyrillic titles transliterated, chapters, theses from ASE, Babeș-Bolyai, UNWE, Belgrade, Zagreb, Ljubljana and
    # KNEU, company, statistics-office, regulator, legislation and research-firm works with and without dates or
    # access dates, the regional press signed and unsigned, social posts and podcasts; Romanian names with ș, ț, ă,
    # î and â, Moldovan, Hungarian-Romanian, Roma and Gagauz names, Bulgarian, Serbian, Croatian and Slovenian
    # names, Ukrainian names transliterated several ways, expatriate names). Held out for its first tables (stop
    # 31), development data since. Seeds from 80000.
    "blind76": range(80000, 80000 + 100),
    "blind76-more": range(80000 + 100, 80000 + 400),
    # "blind77" is a seventy-seventh independent pool (blind77_works.py, blind77_text.py), written by a
    # seventy-seventh hand without reading the checker, its tests or the other pools: brand, trade, CRM, digital and
    # communications marketers at supermarket groups, banks and insurers, telecoms and mobile-money firms, beer,
    # wine, coffee and water brands, energy and fuel distributors, airlines, hotel groups and tourism boards in
    # Lisbon, Porto, Braga, Faro, Funchal, Luanda, Benguela, Maputo, Beira and Praia on CIM Level 6 and 7 courses
    # and MBAs taught in English (Portuguese, Angolan, Mozambican, Cape Verdean and EU laws by number and year,
    # regulators' deliberations, S.A., SGPS, Lda., E.P. and I.P. firms, INE figures, Santos Populares, Natal,
    # Carnaval, independence days, Black Friday and back-to-school campaigns, euro, kwanza, metical and escudo
    # figures, USSD and short codes, tariffs, flight numbers, hashtags and promo codes, Portuguese words glossed in
    # brackets; regional and international journals with up to eight authors, textbooks in Portuguese with English
    # translations in square brackets, chapters, dissertações, company, regulator, statistics-office, legislation
    # and research-firm works with and without dates or access dates, the Lusophone press signed and unsigned,
    # social posts and podcasts; Portuguese names with several surnames and particles, Angolan, Mozambican, Cape
    # Verdean, Goan, Macanese, Brazilian and expatriate names). Held out for its first tables (stop 31), development
    # data since. Seeds from 81000.
    "blind77": range(81000, 81000 + 100),
    "blind77-more": range(81000 + 100, 81000 + 400),
    # "blind78" is a seventy-eighth independent pool (blind78_works.py, blind78_text.py), written by a
    # seventy-eighth hand without reading the checker, its tests or the other pools: brand, trade, CRM, digital,
    # employer-branding and communications marketers at retailers and drugstore chains, banks and insurers,
    # telecoms, FMCG and dairy firms, pharma, spa and hotel groups, car-parts suppliers and agencies in Budapest,
    # Debrecen, Szeged, Győr, Pécs, Bratislava, Košice and Žilina on CIM Level 6 and 7 courses and MBAs taught in
    # English (Hungarian, Slovak and EU laws by number and year, NAIH, GVH and ÚOOÚ decisions, Nyrt., Zrt., Kft.,
    # a.s. and s. r. o. firms, KSH and ŠÚ SR tables, Christmas, Easter, 20 August, Márton-nap, Black Friday,
    # back-to-school and Balaton summer campaigns, forint and euro figures with spaces and decimal commas, SZÉP
    # cards, tariffs, SKUs, hashtags and promo codes, Hungarian and Slovak words glossed in brackets; Hungarian,
    # Slovak and international journals with up to eight authors, textbooks in Hungarian and Slovak with English
    # translations in square brackets, chapters, theses, company, regulator, statistics-office, legislation and
    # research-firm works with and without dates or access dates, the Hungarian and Slovak press signed and
    # unsigned, social posts and podcasts; Hungarian names with accents, -né married names and double surnames,
    # Slovak names with -ová, German-speaking, Roma and expatriate names). Held out for its first tables (stop 31),
    # development data since. Seeds from 82000.
    "blind78": range(82000, 82000 + 100),
    "blind78-more": range(82000 + 100, 82000 + 400),
    # "blind79" is a seventy-ninth independent pool (blind79_works.py, blind79_text.py), written by a seventy-ninth
    # hand without reading the checker, its tests or the other pools: brand, trade, CRM, digital, loyalty and
    # communications marketers at grocery and fashion retailers, malls, banks and Islamic banks, insurers, telecoms,
    # FMCG, dairy and date companies, real-estate developers and giga-projects, entertainment authorities and
    # agencies in Riyadh, Jeddah, Dammam, Kuwait City, Doha, Manama and Muscat on CIM Level 6 and 7 courses and MBAs
    # taught in English (royal decrees and laws by number and year with Hijri dates, SAMA, CST and GAMR circulars,
    # GASTAT, CSB, PSA and NCSI figures, K.S.C.P., Q.P.S.C., B.S.C., S.A.O.G. and W.L.L. firms, Ramadan, Eid,
    # National Day, Founding Day, Riyadh Season and White Friday campaigns, riyal and dinar figures, hashtags, short
    # codes and promo codes, Arabic words glossed in brackets; regional journals with up to eight authors,
    # textbooks, Arabic titles with English translations in square brackets, theses, company, regulator,
    # statistics-office, legislation and research-firm works with and without dates or access dates, the Gulf press
    # signed and unsigned, social posts and podcasts; Arabic names with Al, Al-, al-, El, bin, bint, Abu and Abdul /
    # Abdel written several ways, Gulf family names, South Asian, Filipino, Egyptian, Levantine and Western
    # expatriate names). Held out for its first tables (stop 31), development data since. Seeds from 83000.
    "blind79": range(83000, 83000 + 100),
    "blind79-more": range(83000 + 100, 83000 + 400),
    # "blind80" is an eightieth independent pool (blind80_works.py, blind80_text.py), written by an eightieth hand
    # without reading the checker, its tests or the other pools: brand, trade, CRM, digital, destination and
    # communications marketers at banks, credit unions and insurers, telecoms, rum, beer and beverage makers,
    # conglomerates, supermarket and pharmacy chains, resort groups, airlines, tourism boards and festival
    # organisers in Kingston, Montego Bay, Port of Spain, San Fernando, Bridgetown, Nassau and Georgetown on CIM
    # Level 6 and 7 courses and MBAs taught in English (Jamaican, Trinidad and Tobago, Barbadian, Bahamian and
    # Guyanese Acts by name, chapter, number and year, Fair Trading Commission and Broadcasting Commission
    # decisions, CCJ neutral citations, STATIN, CSO, BSS and Bureau of Statistics figures, Carnival, J'ouvert, Crop
    # Over, Junkanoo, Sumfest, Divali, Phagwah, Emancipation, Independence and back-to-school campaigns, J$, TT$,
    # BDS$, B$ and G$ figures, tickers, flight numbers, short codes, hashtags and promo codes, creole glossed in
    # brackets; regional and international journals with up to eight authors, textbooks, chapters, UWI, UTech,
    # Arthur Lok Jack and University of Guyana theses, company, tourism-board, statistics-office, regulator,
    # legislation and research-firm works with and without dates or access dates, the Caribbean press signed and
    # unsigned, social posts and podcasts; Afro-, Indo-, Chinese-, Syrian-Lebanese- and Portuguese-Caribbean names
    # with particles, hyphens, accents, Jr. and III, and expatriate names). Held out for its first tables (stop 31),
    # development data since. Seeds from 84000.
    "blind80": range(84000, 84000 + 100),
    "blind80-more": range(84000 + 100, 84000 + 400),
    # "blind81" is an eighty-first independent pool (blind81_works.py, blind81_text.py), written by an eighty-first
    # hand without reading the checker, its tests or the other pools: brand, trade, CRM, digital, sponsorship and
    # communications marketers at telecoms and mobile wallets, banks and Islamic banks, insurers, textile and
    # garment exporters, FMCG, tea, dairy and biscuit makers, e-commerce platforms, conglomerates and agencies in
    # Karachi, Lahore, Islamabad, Faisalabad, Dhaka, Chattogram, Colombo and Kandy on CIM Level 6 and 7 courses and
    # MBAs taught in English (Pakistani, Bangladeshi and Sri Lankan Acts, ordinances and SBP, PTA, BTRC, Bangladesh
    # Bank and CBSL circulars with their numbers and years, PBS, BBS and Department of Census and Statistics tables,
    # rupee and taka figures in lakh and crore, PSX, DSE and CSE tickers, PSL, BPL and LPL seasons, Ramadan, Eid,
    # Pohela Boishakh, Avurudu, 11.11 and wedding-season campaigns, Hijri and Bangla years, tariffs, USSD codes,
    # hashtags and promo codes, Urdu, Bangla and Sinhala words glossed in brackets; regional and international
    # journals with up to eight authors, textbooks, chapters, LUMS, IBA, NUST, Dhaka, NSU, Colombo and Moratuwa
    # theses, transliterated titles with English translations in square brackets, company, regulator,
    # statistics-office, legislation and research-firm works with and without dates or access dates, the regional
    # press signed and unsigned, social posts and podcasts; Pakistani, Bangladeshi, Sinhala, Tamil, Muslim and
    # Burgher Sri Lankan names with initials, particles, hyphens and single names, and expatriate names). Held out
    # for its first tables (stop 32), development data since. Seeds from 85000.
    "blind81": range(85000, 85000 + 100),
    "blind81-more": range(85000 + 100, 85000 + 400),
    # "blind82" is an eighty-second independent pool (blind82_works.py, blind82_text.py), written by an
    # eighty-second hand without reading the checker, its tests or the other pools: brand, trade, CRM, digital,
    # destination and communications marketers at food and drink makers, distilleries and breweries, dairy
    # co-operatives, banks, credit unions and insurers, grocery chains, tourism boards, GAA, rugby and football
    # bodies, Irish- and Welsh-language broadcasters and public bodies in Dublin, Cork, Galway, Limerick, Belfast,
    # Glasgow, Edinburgh, Aberdeen, Inverness, Cardiff, Swansea and Bangor on CIM Level 6 and 7 courses and MBAs
    # (Irish, Scottish and Welsh Acts and S.I. numbers by section and year, ASAI and ASA rulings and DPC decisions
    # by reference, CSO, NISRA, Scottish Government and StatsWales figures, St Patrick's Day, Seachtain na Gaeilge,
    # Hogmanay, Burns Night, Dydd Gŵyl Dewi, Eisteddfod, Fringe, Six Nations and All-Ireland campaigns, euro and
    # sterling figures, company numbers and tickers, ABV and pack sizes, scores, Irish, Gaelic and Welsh glossed in
    # brackets, hashtags and promo codes; Irish, Scottish, Welsh and international journals with up to eight
    # authors, textbooks, chapters, theses, company, co-operative, tourism-board, statistics-office, legislation and
    # research-firm works with and without dates or access dates, the Irish, Scottish and Welsh press signed and
    # unsigned, social posts and podcasts, Irish, Gaelic and Welsh titles with translations in square brackets;
    # names with Ó, Ní, Nic, Mac, Mc and O' and fadas, Gaelic forms, Welsh particles and circumflexes,
    # double-barrelled surnames and Polish, Brazilian, Nigerian, Indian and other expatriate names). Held out for
    # its first tables (stop 32), development data since. Seeds from 86000.
    "blind82": range(86000, 86000 + 100),
    "blind82-more": range(86000 + 100, 86000 + 400),
    # "blind83" is an eighty-third independent pool (blind83_works.py, blind83_text.py), written by an eighty-third
    # hand without reading the checker, its tests or the other pools: brand, trade, CRM, digital, loyalty and
    # communications marketers at banks and Islamic banks, takaful operators, telecoms, retailers, property
    # developers, halal food and beverage makers, palm-oil groups, airlines, hotel groups, tourism boards and
    # agencies in Kuala Lumpur, Petaling Jaya, Penang, Johor Bahru, Kota Kinabalu, Kuching, Singapore and Bandar
    # Seri Begawan on CIM Level 6 and 7 courses and MBAs taught in English (Malaysian, Singapore and Brunei Acts and
    # Orders with their numbers and years, BNM, MAS, MCMC and PDPC guidelines, JAKIM and MUIS halal standards, DOSM,
    # SingStat and DEPS figures, Berhad, Sdn. Bhd. and Pte. Ltd. firms, Bursa and SGX tickers, Hari Raya, Chinese
    # New Year, Deepavali, Gawai, Kaamatan, Merdeka, National Day, 11.11 and 12.12 campaigns, RM, S$ and B$ figures,
    # Hijri dates, flight numbers, loyalty tiers, hashtags and promo codes, Malay and Chinese words glossed in
    # brackets; regional and international journals with up to eight authors, Malay textbooks with English
    # translations in square brackets, chapters, theses from Malaysian, Singaporean and Bruneian universities,
    # company, regulator, statistics-office, legislation and research-firm works with and without dates or access
    # dates, the regional press signed and unsigned, social posts and podcasts; Malay names with bin, binti and bte
    # written whole or filed under the father's name, Chinese names in Hokkien, Cantonese and Hakka romanisations
    # with English given names, Indian names with a/l and a/p, Iban, Kadazan and Eurasian names with particles,
    # expatriate names). Held out for its first tables (stop 32), development data since. Seeds from 87000.
    "blind83": range(87000, 87000 + 100),
    "blind83-more": range(87000 + 100, 87000 + 400),
    # "blind84" is an eighty-fourth independent pool (blind84_works.py, blind84_text.py), written by an
    # eighty-fourth hand without reading the checker, its tests or the other pools: brand, partnership, CRM,
    # ticketing, digital, content and communications marketers at football clubs, leagues and federations, kit and
    # boot makers, sponsors, broadcasters and streaming services, stadium and hospitality operators and sports
    # agencies in Manchester, Liverpool, London, Madrid, Barcelona, Seville, Munich, Dortmund, Milan, Turin, Paris
    # and Lyon on CIM Level 6 and 7 courses and sport-business MBAs taught in English (English, Spanish, French,
    # Italian, German and EU laws and regulations with their numbers and years, UEFA regulations and league
    # handbooks, ASA, CAP and Ofcom rulings, INE, Destatis, ISTAT and INSEE figures, plc, Limited, S.A.D., S.p.A.,
    # AG, SE and GmbH & Co. KGaA clubs and firms, seasons, scores, fees, wages, matchdays, kick-off times, derbies,
    # cup finals, tournaments, tours, kit launches, handles, hashtags and promo codes, Spanish, German, Italian and
    # French words glossed in brackets; sport-management journals with up to eight authors, textbooks, chapters,
    # theses from English, Spanish, German, Italian and French universities, club, league, federation, sponsor,
    # consultancy, statistics-office and legislation works with and without dates or access dates, the sports press
    # signed and unsigned, social posts, podcasts and videos, works in Spanish, German, Italian and French with
    # English translations in square brackets; Spanish double surnames, Catalan, German, Italian, French, Dutch and
    # Portuguese particles, Scandinavian, West African, Japanese and Korean names). Held out for its first tables
    # (stop 32), development data since. Seeds from 88000.
    "blind84": range(88000, 88000 + 100),
    "blind84-more": range(88000 + 100, 88000 + 400),
    # "blind85" is an eighty-fifth independent pool (blind85_works.py, blind85_text.py), written by an eighty-fifth
    # hand without reading the checker, its tests or the other pools: brand, trade, CRM, digital, destination and
    # communications marketers at tourism authorities and resort groups, airlines, telecoms and mobile-money
    # providers, banks and insurers, fisheries, kava, water and food exporters, supermarket chains and public-health
    # programmes in Suva, Nadi, Apia, Nukuʻalofa, Port Moresby, Lae, Port Vila and Honiara on CIM Level 6 and 7
    # courses and MBAs taught in English (Fijian, Samoan, Tongan, Vanuatu, Solomon Islands and PNG Acts with their
    # numbers and years, Reserve Bank of Fiji and Central Bank of Samoa notices, statistics-office figures, Pte
    # Limited, Limited, Ltd and LLC firms, SPX and PNGX tickers, Fiji Day, Independence days, Diwali, Teuila,
    # Heilala and Hibiscus festivals, White Sunday, rugby sevens and the Pacific Games, cruise-season and
    # back-to-school campaigns, FJ$, tala, paʻanga, kina, vatu and SBD figures, flight numbers, USSD and promo
    # codes, hashtags, Fijian, Samoan, Tongan and Tok Pisin words glossed in brackets; regional and international
    # journals with up to eight authors, textbooks, chapters, theses from USP, FNU, NUS, UPNG and Unitech, works
    # with vernacular titles and English translations in square brackets, company, regulator, statistics-office,
    # regional-body, legislation and research-firm works with and without dates or access dates, the Pacific press
    # signed and unsigned, social posts and podcasts; iTaukei, Samoan, Tongan, Papua New Guinean, ni-Vanuatu,
    # Solomon Islands, Indo-Fijian, Chinese-Pacific, part-European and Australian and New Zealand expatriate names
    # with the ʻokina, particles and hyphens). Held out for its first tables (stop 32), development data since.
    # Seeds from 89000.
    "blind85": range(89000, 89000 + 100),
    "blind85-more": range(89000 + 100, 89000 + 400),
    # "blind86" is an eighty-sixth independent pool (blind86_works.py, blind86_text.py), written by an eighty-sixth
    # hand without reading the checker, its tests or the other pools: brand, trade, CRM, digital, export and
    # communications marketers at food, wine and cava makers, breweries, agri-food and fishing co-operatives,
    # savings and co-operative banks, supermarket chains, fashion groups, tourism boards, public bodies, football
    # clubs and agencies in Catalonia, the Basque Country, Galicia, Valencia and Navarre on CIM Level 6 and 7
    # courses and MBAs taught in English (Spanish, Catalan, Basque, Galician and Navarrese laws with their numbers
    # and dates, BOE, DOGC and BOPV numbers, AEPD and Autocontrol cases, DO and DOCa rules, INE, Idescat, Eustat,
    # IGE and Nastat figures, S.A., S.A.U., S.L.U., S. Coop. and SAT firms, tickers and tax numbers, Sant Jordi,
    # Diada, La Mercè, Aste Nagusia, San Fermín, Fallas, Apóstol, Black Friday, rebajas and back-to-school
    # campaigns, euro figures with decimal commas, vintages and founding years, football seasons and scores,
    # regional words glossed in brackets; Spanish and international journals with up to eight authors, textbooks in
    # Spanish, Catalan, Basque and Galician with English translations in square brackets, chapters, theses from the
    # region's universities, company, co-operative, bank, tourism-board, government, legislation, statistics-office
    # and research-firm works with and without dates or access dates, the regional and business press signed and
    # unsigned, social posts and podcasts; names with two surnames, Catalan "i", "y", hyphens, particles, d'Ors,
    # Basque, Galician and Valencian forms, accents and ñ, and expatriate names). Held out for its first tables
    # (stop 32), development data since. Seeds from 90000.
    "blind86": range(90000, 90000 + 100),
    "blind86-more": range(90000 + 100, 90000 + 400),
    # "blind87" is an eighty-seventh independent pool (blind87_works.py, blind87_text.py), written by an
    # eighty-seventh hand without reading the checker, its tests or the other pools: brand, proposition, CRM,
    # digital, adviser-channel, member-engagement and communications marketers at insurers, life and pensions
    # providers, building societies, mutuals, friendly societies, price-comparison sites, wealth managers,
    # investment platforms, brokers and agencies in London, Edinburgh, Leeds, Bristol, Norwich, Swindon, Cardiff,
    # Glasgow, Halifax and Northampton on CIM Level 6 and 7 courses and MBAs (FSMA 2000, Consumer Duty PS22/9, COBS,
    # ICOBS, PROD, DISP, FG21/1, SI numbers, FOS decision references, FRNs, CAP Code rules and ASA complaints, tax
    # years and ISA season, Pension Awareness Week, Talk Money Week, Black Friday, renewal and auto-enrolment
    # campaigns, pound figures, AERs and APRs, star ratings and awards, risk warnings, survey bases, tickers and
    # results periods, founding years of mutuals; financial-services journals with up to eight authors, textbooks
    # and CII study texts, chapters, theses from Bayes (Cass), Warwick, Leeds, Edinburgh, Strathclyde, Bristol and
    # the Open University, firm, mutual, regulator, trade-body, government, legislation and research-firm works with
    # and without dates or access dates, the trade and personal-finance press signed and unsigned, social posts and
    # podcasts; British names of every origin, double-barrelled, O' and Mc names, particles, Jr., accents and
    # expatriates). Held out for its first tables (stop 32), development data since. Seeds from 91000.
    "blind87": range(91000, 91000 + 100),
    "blind87-more": range(91000 + 100, 91000 + 400),
    # "blind88" is an eighty-eighth independent pool (blind88_works.py, blind88_text.py), written by an
    # eighty-eighth hand without reading the checker, its tests or the other pools: brand, trade, CRM, digital,
    # e-commerce and communications marketers at supermarket and department-store chains, banks and insurers,
    # telecoms, dairy, beer, flower and food exporters, logistics firms, energy suppliers, public bodies and
    # agencies in the Netherlands and Flanders on CIM Level 6 and 7 courses and MBAs taught in English (N.V., B.V.,
    # U.A., NV, SA/NV and Stichting firms and bodies, Dutch and Belgian laws, Staatsblad and Belgisch Staatsblad
    # numbers, RCC rulings, ACM and AP decisions, CBS and Statbel figures, KvK and enterprise numbers, tickers, euro
    # figures with decimal commas, Koningsdag, Sinterklaas, Hamsterweken, Dolle Dagen and Black Friday calendars,
    # Dutch words and slogans glossed in brackets; Dutch and international journals with up to eight authors, Dutch
    # textbooks with English translations in square brackets, chapters, theses from Dutch and Flemish universities
    # and business schools, company, regulator, statistics-office, advertising-code, legislation and research-firm
    # works with and without dates or access dates, the national and trade press signed and unsigned, social posts
    # and podcasts; Dutch names with lower-case particles, Flemish names with capitals, Frisian and Limburg names,
    # IJ, Moroccan-Dutch, Turkish-Dutch, Surinamese, Antillean and expatriate names). Held out for its first tables
    # (stop 32), development data since. Seeds from 92000.
    "blind88": range(92000, 92000 + 100),
    "blind88-more": range(92000 + 100, 92000 + 400),
    # "blind89" is an eighty-ninth independent pool (blind89_works.py, blind89_text.py), written by an eighty-ninth
    # hand without reading the checker, its tests or the other pools: brand, trade, CRM, digital, sponsorship and
    # communications marketers at banks, mobile-money providers, insurers, telecoms, breweries, supermarket chains,
    # agribusiness, sugar and fertiliser firms, mining-supply firms, safari groups and tourism boards in Zambia,
    # Zimbabwe, Botswana, Namibia and Malawi on CIM Level 6 and 7 courses and MBAs taught in English (Acts with
    # their numbers and chapters, Statutory Instruments, ZICTA, POTRAZ, BOCRA, CRAN and MACRA rules, ZamStats,
    # ZimStat, Statistics Botswana, NSA and NSO figures, (Pty) Ltd, (Private) Limited, Plc and plc firms, tickers,
    # USSD codes, kwacha, ZiG, US$, pula and N$ figures, Independence, Heroes' Day, Kuomboka, Oktoberfest,
    # trade-fair, month-end and harvest-season campaigns, slogans in local languages glossed in English; regional
    # and international journals with up to eight authors, textbooks, chapters, theses from the region's
    # universities, company, regulator, statistics-office, tourism-board, government, legislation and research-firm
    # works with and without dates or access dates, the regional press signed and unsigned, social posts and
    # podcasts; Zambian, Zimbabwean, Motswana, Namibian and Malawian names, Afrikaans and German particles, hyphens,
    # accents, click letters and expatriate names). Held out for its first tables (stop 32), development data since.
    # Seeds from 93000.
    "blind89": range(93000, 93000 + 100),
    "blind89-more": range(93000 + 100, 93000 + 400),
    # "blind90" is a ninetieth independent pool (blind90_works.py, blind90_text.py), written by a ninetieth hand
    # without reading the checker, its tests or the other pools: brand, artist-marketing, partnership, CRM, digital,
    # ticketing and communications marketers at record labels, publishers, streaming services, promoters, festival
    # organisers, venues and arenas, ticketing platforms, radio, instrument makers and sponsors in the United
    # Kingdom and the United States on CIM Level 6 and 7 courses and MBAs (albums and singles with their years in
    # brackets, chart positions, tours and festivals with their years, Acts, Regulations, CAP Code rules, ASA
    # rulings, CMA undertakings, FTC guides and state ticketing laws, DCMS, ONS, Census Bureau and BLS figures,
    # pound and dollar figures, awards, presale codes, set times and capacities; popular-music and arts-marketing
    # journals with up to eight authors, textbooks, chapters, theses from BIMM, LIPA, Westminster, Leeds
    # Conservatoire, NYU, Berklee and Belmont, label, promoter, trade-body, regulator and statistics-office works
    # with and without dates or access dates, Acts read online, the music and trade press signed and unsigned,
    # artists' posts and podcasts; British and American names of every origin, particles, hyphens, accents, Jr., Sr.
    # and III, mononyms and bands with "&"). Held out for its first tables (stop 32), development data since. Seeds
    # from 94000.
    "blind90": range(94000, 94000 + 100),
    "blind90-more": range(94000 + 100, 94000 + 400),
    # "blind91" is a ninety-first independent pool (blind91_works.py, blind91_text.py), written by a ninety-first
    # hand without reading the checker, its tests or the other pools: brand, client-marketing, CRM, digital,
    # destination and communications marketers at private banks, fund administrators, insurers, telecoms, retailers,
    # luxury hotels, casinos, tourism offices and ministries in Luxembourg, Liechtenstein, Monaco, Andorra and San
    # Marino on CIM Level 6 and 7 courses and MBAs taught in English (laws, CSSF circulars, LGBl. numbers and EU and
    # EEA regulations with their numbers and years, STATEC, Amt für Statistik, IMSEE and UOS figures, S.A., S.à
    # r.l., SCSp, AG, Anstalt, Stiftung, S.A.M., SAU and S.p.A. firms, euro and CHF figures written the continental
    # way, National Day, Schueberfouer, Staatsfeiertag, Grand Prix, Fête Nationale, Meritxell and ski-season
    # campaigns, slogans in Luxembourgish, German, French, Catalan and Italian glossed in English; journals with up
    # to eight authors, textbooks in four languages with English translations in square brackets, chapters, theses
    # from the small states' universities, company, regulator, statistics-office, government, legislation and Big
    # Four works with and without dates or access dates, the local press signed and unsigned, social posts and
    # podcasts; Luxembourgish, German, French, Italian, Catalan, Portuguese, Belgian and Swiss names with particles,
    # double and hyphenated surnames, accents and expatriate names). Held out for its first tables (stop 32),
    # development data since. Seeds from 95000.
    "blind91": range(95000, 95000 + 100),
    "blind91-more": range(95000 + 100, 95000 + 400),
    # "blind92" is a ninety-second independent pool (blind92_works.py, blind92_text.py), written by a ninety-second
    # hand without reading the checker, its tests or the other pools: brand, export, CRM, digital, destination and
    # communications marketers at seafood and aquaculture exporters, airlines and ferry lines, tourism boards, hotel
    # and tour operators, energy firms, banks, grocery and outdoor-clothing retailers, dairy co-operatives and
    # agencies in Iceland, the Faroe Islands, Greenland and Arctic Norway on CIM Level 6 and 7 courses and MBAs
    # taught in English (Acts with their numbers, løgtingslóg, Inatsisartutlov and Markedsføringsloven, EEA
    # regulations, Persónuvernd and Neytendastofa case numbers, statistics offices and survey firms, hf., ehf., P/F,
    # A/S and AS firms, tickers, flight numbers, króna, DKK and NOK figures with full stops for thousands,
    # Þorrablót, 17 June, Ólavsøka, National Day, Airwaves and Northern Lights campaigns, Icelandic, Faroese and
    # Greenlandic words glossed in English; regional and international journals with up to eight authors, textbooks
    # in Icelandic, Faroese, Danish and Norwegian with English titles in square brackets, chapters, theses from the
    # region's universities, company, regulator, statistics-office, tourism-board, government, legislation and
    # research-firm works with and without dates or access dates, the regional press signed and unsigned, social
    # posts and podcasts; Icelandic patronymics and matronymics with þ, ð and æ, Faroese names with ø, á and
    # particles, Greenlandic, Sámi, Norwegian and Danish names, hyphenated given names and expatriate names). Held
    # out for its first tables (stop 32), development data since. Seeds from 96000.
    "blind92": range(96000, 96000 + 100),
    "blind92-more": range(96000 + 100, 96000 + 400),
    # "blind93" is a ninety-third independent pool (blind93_works.py, blind93_text.py), written by a ninety-third
    # hand without reading the checker, its tests or the other pools: brand, trade, CRM, digital, fundraising and
    # communications marketers at FMCG and food makers, banks and microfinance institutions, telecoms and fintechs,
    # supermarket and mall operators, developers, hotel groups, NGOs, UN agencies and agencies in Egypt, Lebanon and
    # Jordan on CIM Level 6 and 7 courses and MBAs taught in English (laws and circulars with their numbers and
    # years, regulators' decisions, S.A.E., S.A.L., PSC and plc firms, tickers, fiscal years, EGP, L.L. and JD
    # figures, Ramadan, Eid, Coptic and Western calendars, Arabic and French words glossed in English, campaign
    # names and slogans in quotation marks; regional and international journals with up to eight authors, textbooks
    # with Arabic and French titles translated in square brackets, chapters, AUC, AUB, LAU, USJ and University of
    # Jordan theses, company, regulator, statistics-office, legislation and research-firm works with and without
    # dates or access dates, the regional press signed and unsigned, social posts and podcasts; Egyptian, Lebanese,
    # Jordanian and Palestinian names with El, Al, Abou, Abu and Abdel written several ways, Coptic,
    # Armenian-Lebanese, Circassian and Druze names, accents, particles, hyphenated given names and expatriate
    # names). Held out for its first tables (stop 32), development data since. Seeds from 97000.
    "blind93": range(97000, 97000 + 100),
    "blind93-more": range(97000 + 100, 97000 + 400),
    # "blind94" is a ninety-fourth independent pool (blind94_works.py, blind94_text.py), written by a ninety-fourth
    # hand without reading the checker, its tests or the other pools: brand, trade, CRM, digital, destination and
    # communications marketers at hotel and resort groups, airlines, tourism boards, sugar, rum and textile groups,
    # offshore banks, telecoms, supermarket and mall operators, vanilla and seafood exporters and agencies in
    # Mauritius, Seychelles, Madagascar and Réunion on CIM Level 6 and 7 courses and MBAs taught in English (Acts
    # and Government Notices with their numbers, Loi n° 2014-038 and the Code de la consommation, rupee, SCR, ariary
    # and euro figures, Ltd, Ltée, S.A., SARL and SAS firms, festival and coupe calendars, Kreol, Malagasy and
    # French words glossed in English; regional and international journals with up to eight authors, French
    # textbooks and Kreol and Malagasy titles with English translations in square brackets, chapters, theses from
    # the island universities, group, regulator, statistics-office, tourism-board, government, legislation and
    # research-firm works with and without dates or access dates, the island press signed and unsigned, social posts
    # and podcasts; Indo-, Sino- and Franco-Mauritian, Creole, Seychellois, Malagasy, Réunionnais and expatriate
    # names with particles, hyphens and accents). Held out for its first tables (stop 32), development data since.
    # Seeds from 98000.
    "blind94": range(98000, 98000 + 100),
    "blind94-more": range(98000 + 100, 98000 + 400),
    # "blind95" is a ninety-fifth independent pool (blind95_works.py, blind95_text.py), written by a ninety-fifth
    # hand without reading the checker, its tests or the other pools: Hispanic and bilingual brand, multicultural,
    # CRM, digital, media and communications marketers at grocery and retail chains, banks and credit unions,
    # insurers, telecoms, Spanish-language broadcasters and streamers, food makers, health systems, clinics,
    # agencies and non-profits in Texas, Florida, California, Arizona and New York on CIM Level 6 and 7 courses and
    # MBAs (statutes with their years and sections, bill numbers, C.F.R. parts and executive orders, ACS and Census
    # figures, dollar figures, store numbers, tickers, Inc., LLC, LP and PLLC firms, Nielsen ratings, Spanish
    # taglines glossed in English, Hispanic Heritage Month, Día de los Muertos, Noche Buena and Copa América
    # calendars; journals with up to eight authors, textbooks in English and Spanish with English titles in square
    # brackets, chapters, theses from Texas, Florida, California, Arizona and New York universities, company,
    # trade-body, research-firm, regulator, government and legislation works with and without dates or access dates,
    # the English- and Spanish-language press signed and unsigned, social posts and podcasts; names with two
    # surnames, hyphenated or not, de, del, de la and y, accents and ñ and the same names without them, Jr. and III,
    # and Anglo, Asian-American, African-American and expatriate names). Held out for its first tables (stop 32),
    # development data since. Seeds from 99000.
    "blind95": range(99000, 99000 + 100),
    "blind95-more": range(99000 + 100, 99000 + 400),
    # "blind96" is a ninety-sixth independent pool (blind96_works.py, blind96_text.py), written by a ninety-sixth
    # hand without reading the checker, its tests or the other pools: brand, trade, CRM, digital, destination and
    # communications marketers at banks and fintech super-apps, telecoms, supermarket and bazaar operators, FMCG,
    # dairy and beverage makers, airlines, mining companies' community teams, hotel groups and agencies in
    # Kazakhstan, Uzbekistan, Kyrgyzstan and Mongolia on CIM Level 6 and 7 courses and MBAs taught in English (laws,
    # decrees, orders and resolutions with their numbers and dates, tenge, som and tögrög figures with conversions,
    # JSC, LLP, LLC and plc firms in brackets after their brands, tickers, Kazakh, Uzbek, Kyrgyz, Mongolian and
    # Russian words and slogans glossed in English, Nauryz, Naadam, Tsagaan Sar, Ramadan, 1 September, Novy God and
    # 11.11 calendars; regional journals with up to eight authors, English textbooks and transliterated Russian,
    # Kazakh, Uzbek, Kyrgyz and Mongolian titles with English translations in square brackets, chapters, theses from
    # the region's universities, company, central-bank, regulator, statistics-office, tourism-board and legislation
    # works with and without dates or access dates, the regional press signed and unsigned, research-firm reports,
    # social posts and podcasts; Kazakh, Uzbek, Kyrgyz and Mongolian names written more than one way, -uly, -kyzy
    # and uulu, Oʻzbek ʻ, Mongolian names with the father's name as an initial, Koryo-saram, Russian, Tatar, Uyghur,
    # Dungan and expatriate names). Held out for its first tables (stop 33), development data since. Seeds from
    # 100000.
    "blind96": range(100000, 100000 + 100),
    "blind96-more": range(100000 + 100, 100000 + 400),
    # "blind97" is a ninety-seventh independent pool (blind97_works.py, blind97_text.py), written by a
    # ninety-seventh hand without reading the checker, its tests or the other pools: bilingual brand, trade, CRM,
    # digital, fundraising and communications marketers at telecoms and mobile-money operators, breweries, banks and
    # microfinance institutions, insurers, FMCG, cement and agro-industry firms, supermarket chains, NGOs, UN
    # agencies and agencies in Cameroon, Gabon, the two Congos, Rwanda and Burundi on CIM Level 6 and 7 courses and
    # MBAs taught in English (laws, ordinances, CEMAC regulations, OHADA Uniform Acts and ministerial orders with
    # their numbers and dates, S.A., SARL, S.A.R.L.U., Plc, Ltd and ASBL firms, tickers, USSD codes and registration
    # numbers, XAF, FCFA, CDF, RWF and BIF figures, Fête de la Jeunesse, Kwibohora, Umuganda, Tabaski, rentrée and
    # AFCON calendars, French, Lingala, Kinyarwanda and Swahili slogans glossed in English; regional and
    # international journals with up to eight authors, French textbooks and Lingala, Kinyarwanda and Swahili titles
    # with English translations in square brackets, chapters, theses from the region's universities, operator,
    # brewer, bank, central-bank, regulator, statistics-office, NGO, legislation and research-firm works with and
    # without dates or access dates, the regional press signed and unsigned, social posts and podcasts; Cameroonian,
    # Gabonese and Congolese names with post-names and several family names, Rwandan and Burundian names, accents,
    # particles, hyphenated given names and expatriate names). Held out for its first tables (stop 33), development
    # data since. Seeds from 101000.
    "blind97": range(101000, 101000 + 100),
    "blind97-more": range(101000 + 100, 101000 + 400),
    # "blind98" is a ninety-eighth independent pool (blind98_works.py, blind98_text.py), written by a ninety-eighth
    # hand without reading the checker, its tests or the other pools: brand, trade, CRM, digital, destination,
    # fundraising and communications marketers at resort groups, airlines, trekking and tour operators, tourism
    # boards, telecoms, banks and remittance firms, FMCG makers, supermarket chains, NGOs, development agencies and
    # agencies in Nepal, Bhutan, Myanmar and the Maldives on CIM Level 6 and 7 courses and MBAs (acts with their
    # Vikram Sambat and Gregorian years, law numbers, central-bank directives and circulars with their numbers,
    # Vikram Sambat dates, rupee, ngultrum, kyat, rufiyaa and dollar figures, Pvt. Ltd., Ltd, Co., Ltd., PLC and
    # Corporation firms, festival and trekking-season calendars; regional journals with up to eight authors,
    # textbooks, chapters, theses from the region's universities, Nepali, Dzongkha, Burmese and Dhivehi titles with
    # English translations in square brackets, company, bank, telecom, tourism-board, NGO, development-agency,
    # regulator, statistics-office, government and legislation works with and without dates or access dates, the
    # regional press signed and unsigned, social posts and podcasts; Nepali caste surnames, Bhutanese and Burmese
    # names without family names and with honorifics, Maldivian names with island and house names, and expatriate
    # names with particles, hyphens and accents). Held out for its first tables (stop 33), development data since.
    # Seeds from 102000.
    "blind98": range(102000, 102000 + 100),
    "blind98-more": range(102000 + 100, 102000 + 400),
    # "blind100" is a hundredth independent pool (blind100_works.py, blind100_text.py), written by a hundredth hand
    # without reading the checker, its tests or the other pools: brand, export, trade, CRM, digital, destination and
    # communications marketers at wineries and brandy houses, mineral-water makers, banks and fintechs, telecoms,
    # supermarket and mall operators, hotel groups, airlines and tourism boards in Georgia, Armenia and Azerbaijan
    # on CIM Level 6 and 7 courses and MBAs (laws, NBG, CBA and CBAR decrees and regulations with their numbers and
    # years, JSC, LLC, CJSC, OJSC, PLC and LEPL bodies, tickers, lari, dram and manat figures, vintages, brandy ages
    # and appellations, Rtveliseba, Tbilisoba, Vardavar, Novruz, Christmas, Independence Day and Black Friday
    # calendars, Georgian, Armenian and Azerbaijani slogans glossed in English; regional and international journals
    # with up to eight authors, textbooks, chapters, theses from TSU, ISET, the Free University, AUA, YSU, ADA and
    # UNEC, Georgian, Armenian, Azerbaijani and Russian titles transliterated with English translations in square
    # brackets, bank, telecom, winery, tourism-board, central-bank, statistics-office, development-bank, legislation
    # and research-firm works with and without dates or access dates, the regional press signed and unsigned, social
    # posts; Georgian, Armenian and Azerbaijani names written more than one way, patronymics with oglu and qizi,
    # Ter- names, double-barrelled names, Russian and expatriate names with particles, hyphens and accents). Held
    # out for its first tables (stop 33), development data since. Seeds from 104000.
    "blind100": range(104000, 104000 + 100),
    "blind100-more": range(104000 + 100, 104000 + 400),
    # "blind101" is a hundred-and-first independent pool (blind101_works.py, blind101_text.py), written by a
    # hundred-and-first hand without reading the checker, its tests or the other pools: brand, destination, CRM,
    # digital, community-relations and communications marketers at Alaska Native corporations, seafood processors,
    # airlines, cruise and tour operators, hotels, health systems, utilities, credit unions, banks, grocers and
    # agencies in Alaska, Hawaiʻi and the Pacific Northwest on CIM Level 6 and 7 courses and MBAs (statutes and U.S.
    # Code sections, Hawaii Revised Statutes and Alaska Statutes, session laws and bill numbers, state holidays and
    # festivals with their dates, flight numbers, airport codes, tickers, area codes, ship, hotel, film and
    # television names with their years, senators with party and state, dollar figures and fiscal years; tourism,
    # fisheries and business journals with up to eight authors, textbooks, chapters, theses from the region's
    # universities, Hawaiian, Yupʼik, Iñupiaq and Tlingit titles with English translations in square brackets,
    # corporation, utility, bank, health-system, tourism-authority, state and federal agency, legislature and
    # research-firm works with and without dates or access dates, the regional press signed and unsigned, social
    # posts and podcasts; Native Hawaiian names with and without the ʻokina and kahakō, Alaska Native, Asian- and
    # Pacific-American, Portuguese-Hawaiian, Scandinavian and Russian-Alaskan names, Jr. and III, particles and
    # hyphens). Held out for its first tables (stop 33), development data since. Seeds from 105000.
    "blind101": range(105000, 105000 + 100),
    "blind101-more": range(105000 + 100, 105000 + 400),
    # "blind99" is a ninety-ninth independent pool (blind99_works.py, blind99_text.py), written by a ninety-ninth
    # hand without reading the checker, its tests or the other pools: brand, trade, CRM, digital, destination and
    # communications marketers at rum distilleries, banana cooperatives, hotel and cruise groups, airlines,
    # telecoms, banks and money-transfer firms, supermarket and car-dealer groups, NGOs and agencies in Martinique,
    # Guadeloupe, French Guiana, Saint-Martin and Haiti on CIM Level 6 and 7 courses and MBAs (laws, codes, decrees
    # and BRH circulars with their numbers, euro, gourde and dollar figures, SAS, SARL, EURL, S.A., SEM and GIE
    # firms, Carnaval, Kanaval and Abolition-day calendars; regional journals with up to eight authors, French
    # textbooks and French and Creole titles with English translations in square brackets, chapters, theses from the
    # region's universities, company, bank, telecom, tourism-board, NGO, statistics-office and government works with
    # and without dates or access dates, the regional press signed and unsigned, social posts and podcasts;
    # Martinican, Guadeloupean, Béké, Haitian, Indo-Caribbean, Syrian-Lebanese, Hmong, Chinese-Guianese and
    # expatriate names with particles, hyphens and accents). Held out for its first tables (stop 33), development
    # data since. Seeds from 103000.
    "blind99": range(103000, 103000 + 100),
    "blind99-more": range(103000 + 100, 103000 + 400),
    # "blind102" is a hundred-and-second independent pool (blind102_works.py, blind102_text.py), written by a
    # hundred-and-second hand without reading the checker, its tests or the other pools: brand, CRM, digital,
    # member-engagement, destination and communications marketers at caisses and credit unions, insurers, telecoms,
    # grocers and pharmacy chains, dairy and maple co-operatives, ski resorts, tourism boards, theatres, festivals and
    # Crown corporations in Québec, New Brunswick and francophone Ontario on CIM Level 6 and 7 courses and MBAs (Québec,
    # New Brunswick and federal statutes with their chapters, Bill 96 and Law 25, CRTC decisions with their numbers,
    # prices with French spacing, inc., ltée, s.e.n.c. and coopérative firms, Fête nationale, moving-day, Carnaval, temps
    # des sucres and Tintamarre calendars; journals with up to eight authors, French textbooks and titles with English
    # translations in square brackets, chapters, theses and mémoires from the region's universities, co-operative, bank,
    # telecom, grocer, tourism-board, Crown-corporation, regulator and research-firm works with and without dates or
    # access dates, statutes, the French and English press signed and unsigned, social posts and podcasts; Québécois,
    # Acadian, Franco-Ontarian, Haitian-, Lebanese-, Italian- and Vietnamese-Québécois and anglophone names with
    # particles, hyphens and accents). Held out for its first tables (stop 33), development data since. Seeds from 106000.
    "blind102": range(106000, 106000 + 100),
    "blind102-more": range(106000 + 100, 106000 + 400),
    # "blind103" is a hundred-and-third independent pool (blind103_works.py, blind103_text.py), written by a
    # hundred-and-third hand without reading the checker, its tests or the other pools: brand, trade, CRM, digital,
    # destination and communications marketers at banks, telecoms, retail chains, food, drink and pharmaceutical makers,
    # hotel groups, airlines, tourism organisations and agencies in Serbia, Bosnia and Herzegovina, Montenegro, North
    # Macedonia and Albania on CIM Level 6 and 7 courses and MBAs (laws with their Official Gazette numbers, NBS
    # decisions, dinar, convertible mark, euro, denar and lek figures, a.d., d.o.o., d.d., AD, DOOEL and sh.a. firms,
    # Slava, Christmas, Bajram, Dita e Verës, Flag Day, Exit and diaspora-summer calendars; regional journals with up to
    # eight authors, English and regional textbooks with Serbian, Bosnian, Croatian, Macedonian and Albanian titles and
    # English translations in square brackets, chapters, theses from the region's universities, bank, telecom, retailer,
    # tourism-organisation, central-bank, statistics-office, regulator and research-firm works with and without dates or
    # access dates, laws, the regional press signed and unsigned, social posts and podcasts; -ić, -ović, -ski, -ska, -ov
    # and Albanian names with and without their diacritics, double-barrelled married names and diaspora names). Held out
    # for its first tables (stop 33), development data since. Seeds from 107000.
    "blind103": range(107000, 107000 + 100),
    "blind103-more": range(107000 + 100, 107000 + 400),
    # "blind104" is a hundred-and-fourth independent pool (blind104_works.py, blind104_text.py), written by a
    # hundred-and-fourth hand without reading the checker, its tests or the other pools: brand, trade, CRM, digital,
    # growth, employer-branding and communications marketers at banks and e-wallets, telecoms, malls and convenience
    # chains, FMCG and food makers, QSR groups, BPOs, airlines, resorts and agencies in the Philippines on CIM Level 6 and
    # 7 courses and MBAs (Republic Acts, BSP and NPC circulars and DTI orders with their numbers, peso figures,
    # ber-months, payday, 11.11 and 12.12, festival and Holy Week calendars; Philippine and international journals with up
    # to eight authors, textbooks, chapters, theses from UP Diliman, Ateneo, DLSU, UST, AIM and USC, bank, e-wallet,
    # telecom, retail, FMCG, research-firm and government works with and without dates or access dates, the Manila and
    # Cebu press signed and unsigned, social posts and podcasts, Filipino and Cebuano titles with English in square
    # brackets; Spanish-Filipino names with particles, middle names and Jr. and III, Chinese-Filipino, Maranao and Tausug
    # and expatriate names). Held out for its first tables (stop 33), development data since. Seeds from 108000.
    "blind104": range(108000, 108000 + 100),
    "blind104-more": range(108000 + 100, 108000 + 400),
    # "blind105" is a hundred-and-fifth independent pool (blind105_works.py, blind105_text.py), written by a
    # hundred-and-fifth hand without reading the checker, its tests or the other pools: brand, CRM, digital, export and
    # communications marketers at e-commerce platforms, ride-hailing and super-apps, banks, insurers, telecoms, FMCG and
    # dairy makers, carpet and saffron exporters, hotels and agencies in Tehran, Isfahan, Shiraz, Mashhad and Tabriz and
    # in Dubai, Toronto and London on CIM Level 6 and 7 courses and MBAs (Solar Hijri years beside Gregorian ones, Nowruz,
    # Yalda, Ramadan and Mehr calendars, rial and toman figures, PJSCs and Tehran Stock Exchange tickers, Central Bank
    # circulars, Iranian, Canadian, UAE and UK laws with their years; Iranian and international journals with up to eight
    # authors, English and Persian textbooks, chapters, theses from the University of Tehran, Sharif, Allameh Tabataba'i,
    # Shahid Beheshti and others, conference papers, company, trade-body, ministry, Central Bank and research-firm works,
    # laws as the Majlis research centre publishes them, with and without dates or access dates, the Tehran and diaspora
    # press signed and unsigned, social posts, podcasts and videos, Persian titles with English in square brackets;
    # -zadeh, -pour, -nejad, -far, Mir- and Haj names, Seyed and Sadat, transliteration variants and scholarly diacritics,
    # and expatriate names). Held out for its first tables (stop 34), development data since. Seeds from 109000.
    "blind105": range(109000, 109000 + 100),
    "blind105-more": range(109000 + 100, 109000 + 400),
    # "blind106" is a hundred-and-sixth independent pool (blind106_works.py, blind106_text.py), written by a
    # hundred-and-sixth hand without reading the checker, its tests or the other pools: brand, trade, CRM, digital,
    # medical-marketing and communications marketers at banks, telecoms, retail chains, FMCG, pharmaceutical and wine
    # makers, spas, hotels, airlines and agencies in Hungary and in the Hungarian-speaking communities of Slovakia,
    # Romania (Transylvania) and Serbia (Vojvodina) on CIM Level 6 and 7 courses and MBAs (laws numbered like "2011. évi
    # CXII. törvény" and Act CXII of 2011, government decrees, MNB recommendations and GVH, NAIH and MNB case numbers,
    # forint figures, Budapest districts in Roman numerals, Hungarian dates, name days, national holidays and festivals;
    # Hungarian and international journals with up to eight authors, textbooks and e-books, chapters, conference papers,
    # theses from Corvinus, BME, ELTE, Debrecen, Szeged, Pécs, Selye and Babeș-Bolyai, bank, telecom, retail, FMCG,
    # pharmaceutical, spa, research-firm and regulator works with and without dates or access dates, laws from the
    # national law database, the Budapest and minority press signed and unsigned, social posts, podcasts and videos,
    # Hungarian titles with English in square brackets; Hungarian names with -né married names, double surnames and
    # accents, some printed without them, Slovak, Romanian, Serbian and expatriate names). Held out for its first tables
    # (stop 34), development data since. Seeds from 110000.
    "blind106": range(110000, 110000 + 100),
    "blind106-more": range(110000 + 100, 110000 + 400),
    # "blind107" is a hundred-and-seventh independent pool (blind107_works.py, blind107_text.py), written by a
    # hundred-and-seventh hand without reading the checker, its tests or the other pools: brand, trade, CRM, digital and
    # communications marketers at banks, telecoms, convenience and department-store chains, FMCG and beverage makers,
    # property developers, hotels, airlines and agencies in Thailand, Laos and Cambodia on CIM Level 6 and 7 courses and
    # MBAs (Buddhist Era years beside Common Era ones, baht, kip and riel figures, SET tickers, Thai laws under their B.E.
    # year, SEC and Bank of Thailand notifications with their numbers, Songkran, Loy Krathong, Pchum Ben and Boun That
    # Luang calendars; Thai and international journals with up to eight authors, textbooks, chapters, theses from
    # Chulalongkorn, Thammasat, Mahidol, Kasetsart and the Royal University of Phnom Penh, conference papers, "Public
    # Company Limited" and "Co., Ltd." pages and reports, regulators, laws as web pages, research firms, the Bangkok,
    # Vientiane and Phnom Penh press signed and unsigned, social posts and podcasts, Thai, Lao and Khmer titles with
    # English in square brackets; long Thai surnames, "na Ayutthaya" lineages, Lao and Khmer names and expatriates). Held
    # out for its first tables (stop 34), development data since. Seeds from 111000.
    "blind107": range(111000, 111000 + 100),
    "blind107-more": range(111000 + 100, 111000 + 400),
    # "blind108" is a hundred-and-eighth independent pool (blind108_works.py, blind108_text.py), written by a
    # hundred-and-eighth hand without reading the checker, its tests or the other pools: brand, CRM, digital, export and
    # communications marketers at banks, microfinance institutions, telecoms and mobile money, Ethiopian Airlines, coffee
    # and leather exporters, breweries, FMCG makers, hotels and agencies in Ethiopia, Eritrea and their diaspora
    # (Washington DC, London, Dubai) on CIM Level 6 and 7 courses and MBAs (Ethiopian-calendar years beside Gregorian
    # ones, Meskerem dates, Meskel, Timket, Fasika and Enkutatash, birr and nakfa figures, proclamations numbered "No.
    # 1156/2019", NBE directives, S.C. and PLC firms, Ethiopian Standards, coffee grades, honorifics before colleagues;
    # Ethiopian and international journals with up to eight authors, textbooks and e-books, chapters, theses from Addis
    # Ababa, Bahir Dar, Jimma, Mekelle, Hawassa and St. Mary's, conference papers, company, regulator, trade-body and
    # research-firm works with and without dates or access dates, laws, the Addis Ababa, Asmara and diaspora press signed
    # and unsigned, Telegram and other social posts, podcasts and videos, Amharic and Tigrinya titles transliterated or in
    # Ge'ez script with English in square brackets; names with no family surname cited by the father's, the grandfather's
    # or the given name or uninverted, "G/" and "W/" abbreviations, transliteration variants and expatriates). Held out
    # for its first tables (stop 34), development data since. Seeds from 112000.
    "blind108": range(112000, 112000 + 100),
    "blind108-more": range(112000 + 100, 112000 + 400),
    # "blind109" is a hundred-and-ninth independent pool (blind109_works.py, blind109_text.py), written by a
    # hundred-and-ninth hand without reading the checker, its tests or the other pools: brand, trade, CRM, digital and
    # communications marketers at banks, telecoms, mining and cashmere firms, retailers, FMCG and dairy makers, airlines,
    # tourism camps and agencies in Mongolia (Ulaanbaatar, Erdenet, Darkhan) and among Mongolians in Inner Mongolia,
    # Buryatia and Seoul on CIM Level 6 and 7 courses and MBAs (tögrög figures with ₮ and MNT, Mongolian Stock Exchange
    # tickers, Bank of Mongolia rates, Financial Regulatory Commission resolutions and laws with their adoption dates,
    # Naadam, Tsagaan Sar and dzud calendars, aimags and districts, presidents with their terms; Mongolian and
    # international journals with up to eight authors, textbooks and e-books, chapters, conference papers, theses from
    # NUM, MUST, UFE, Inner Mongolia, Buryat State and Seoul universities, LLC and JSC pages and reports, regulators, laws
    # from the national legal portal, research firms, the Ulaanbaatar press signed and unsigned, social posts, podcasts
    # and videos, Mongolian titles with English in square brackets; given names cited with a patronymic initial or after
    # the patronymic, genitive patronymics, clan names, hyphenated and single names, Cyrillic and Latin transliteration
    # variants, Buryat, Inner Mongolian, Korean and expatriate names). Held out for its first tables (stop 34),
    # development data since. Seeds from 113000.
    "blind109": range(113000, 113000 + 100),
    "blind109-more": range(113000 + 100, 113000 + 400),
    # "blind110" is a hundred-and-tenth independent pool (blind110_works.py, blind110_text.py), written by a
    # hundred-and-tenth hand without reading the checker, its tests or the other pools: brand, CRM, digital, trade and
    # communications marketers at banks and cooperatives, telecoms, rum distillers, breweries, retailers, FMCG makers,
    # hotels and resorts, airlines and agencies in Puerto Rico, the Dominican Republic, Cuba and Venezuela and in Miami,
    # Madrid and New York on CIM Level 6 and 7 courses and MBAs (Puerto Rican laws numbered "Ley Núm. 60 de 2019",
    # Dominican "Ley núm. 358-05", Venezuelan gazettes and Cuban decree-laws, central banks and regulators, RNC and RIF
    # tax numbers, dollar, peso and bolívar figures, hurricanes and hurricane seasons, Carnaval, Three Kings' Day and the
    # long Puerto Rican Christmas; Spanish and English journals with up to eight authors, textbooks and e-books, chapters,
    # conference papers, theses from the UPR, PUCMM, INTEC, UCAB, IESA and the Universidad de La Habana, Inc., LLC, S.A.,
    # S.R.L., S.A.S. and C.A. pages and reports, trade bodies, laws as web pages, research firms, the island and diaspora
    # press signed and unsigned, social posts, podcasts and videos, Spanish titles with English in square brackets; double
    # surnames, particles, diaspora hyphens, Jr. and II, accents left off, and expatriates). Held out for its first tables
    # (stop 34), development data since. Seeds from 114000.
    "blind110": range(114000, 114000 + 100),
    "blind110-more": range(114000 + 100, 114000 + 400),
    # "blind111" is a hundred-and-eleventh independent pool (blind111_works.py, blind111_text.py), written by a
    # hundred-and-eleventh hand without reading the checker, its tests or the other pools: brand, CRM, digital, trade
    # and communications marketers at banks, telecoms, wineries and brandy houses, mineral-water and FMCG makers,
    # retailers, hotels, airlines and agencies in Tbilisi, Batumi, Kutaisi, Yerevan and Gyumri and in Moscow, Los
    # Angeles and Paris on CIM Level 6 and 7 courses and MBAs (Georgian laws numbered "No. 1228-IIs" on Matsne and
    # Armenian "HO-51-N" on ARLIS, NBG and CBA orders, lari and dram figures and exchange rates, Rtveli, Tbilisoba,
    # Vardavar and the two Easters, vintages, brandy ages and appellations, tickers, tax codes, flight and airport
    # codes, Georgian and Armenian words with English in square brackets; Georgian, Armenian, Russian and English
    # journals with up to eight authors, textbooks and e-books, chapters, conference papers, theses from TSU, ISET, the
    # AUA and YSU, JSC, LLC and CJSC pages and reports, trade bodies, regulators and statistics offices, laws as web
    # pages, research firms, the Caucasus and diaspora press signed and unsigned, social posts, podcasts and videos,
    # undated pages; -shvili, -dze, -ia, -uri, -yan, -ian and -ants names, "Ter-" and "Der", Eastern and Western
    # Armenian spellings, transliteration variants from Georgian, Armenian and Russian, patronymics' initials in
    # Russian-style citations, Cyrillic authors, and expatriates). Held out for its first tables (stop 34), development
    # data since. Seeds from 115000.
    "blind111": range(115000, 115000 + 100),
    "blind111-more": range(115000 + 100, 115000 + 400),
    # "blind112" is a hundred-and-twelfth independent pool (blind112_works.py, blind112_text.py), written by a
    # hundred-and-twelfth hand without reading the checker, its tests or the other pools: brand, trade, CRM, digital and
    # communications marketers at banks, telecoms, retailers, FMCG, dairy and olive-oil makers, phosphate and automotive
    # firms, hotels and riads, airlines and agencies in Morocco, Algeria and Tunisia (Casablanca, Rabat, Marrakech,
    # Tangier, Algiers, Oran, Tunis, Sfax) and in the diaspora in Paris, Montréal and Brussels on CIM Level 6 and 7
    # courses and MBAs (laws numbered "loi n° 09-08" and "Loi organique n° 2004-63", dahirs and executive decrees, Bank
    # Al-Maghrib, Banque d'Algérie and Banque Centrale de Tunisie, dirham and dinar figures, tickers, RC, ICE and tax
    # numbers, Ramadan, Eid, Yennayer and Hijri calendars, festivals, fairs, plans and censuses; French and English
    # journals with up to eight authors, textbooks and e-books, chapters, conference papers, theses from Mohammed V,
    # Hassan II, ISCAE, ENCG, Algiers 3, Oran 2, IHEC Carthage and Sfax, S.A., S.A.R.L. and SPA pages and reports, trade
    # bodies, regulators, laws as web pages, research firms, the Maghrebi and diaspora press signed and unsigned, social
    # posts, podcasts and videos, French and Arabic titles with English in square brackets; Ben, El, Ait, Ould and Bou
    # names, one name spelled several ways, double family names, hyphens, apostrophes, diaereses, lower-case particles,
    # Amazigh, French, Belgian and Québécois names). Held out for its first tables (stop 34), development data since.
    # Seeds from 116000.
    "blind112": range(116000, 116000 + 100),
    "blind112-more": range(116000 + 100, 116000 + 400),
    # "blind113" is a hundred-and-thirteenth independent pool (blind113_works.py, blind113_text.py), written by a
    # hundred-and-thirteenth hand without reading the checker, its tests or the other pools: brand, CRM, digital, trade
    # and communications marketers at banks, telecoms, shipping and tourism groups, olive-oil, yoghurt, feta and wine
    # makers, retailers, hotels, airlines and agencies in Athens, Thessaloniki, Patras, Heraklion, Nicosia and Limassol
    # and in Melbourne, London and New York on CIM Level 6 and 7 courses and MBAs (laws numbered "Law 4624/2019" and
    # "125(I)/2018", FEK gazette issues, ministerial decisions and presidential decrees, the Hellenic Capital Market
    # Commission, the Bank of Greece and the Central Bank of Cyprus, ATHEX and NASDAQ tickers, VAT and GEMI numbers,
    # euro and drachma figures, Orthodox Easter, name days, Clean Monday, 15 August and 28 October, the crisis and
    # capital-control years and the 2013 bail-in, PDO feta and halloumi, ferries and IMO numbers; English and Greek
    # journals with up to eight authors, textbooks and e-books, chapters, conference papers, theses from AUEB, Aristotle
    # University and the University of Cyprus, S.A., I.K.E., PLC and Ltd pages and reports, trade bodies, regulators,
    # laws as web pages, research firms, the Athens, Nicosia and diaspora press signed and unsigned, social posts,
    # podcasts and videos, Greek titles with English in square brackets; surnames in -opoulos, -akis, -idis and -ou,
    # women's genitive surnames, Hadji- and Chatzi- names, patronymic initials, transliteration variants, Greek script,
    # Turkish Cypriot and expatriate names). Held out for its first tables (stop 34), development data since. Seeds from
    # 117000.
    "blind113": range(117000, 117000 + 100),
    "blind113-more": range(117000 + 100, 117000 + 400),
    # "blind114" is a hundred-and-fourteenth independent pool (blind114_works.py, blind114_text.py), written by a
    # hundred-and-fourteenth hand without reading the checker, its tests or the other pools: brand, CRM, digital, trade
    # and communications marketers at banks and cooperatives, telecoms, frigoríficos and dairy cooperatives, yerba-mate,
    # soy and quinoa exporters, breweries, retailers, free-zone and logistics firms, hotels and agencies in Montevideo,
    # Punta del Este, Asunción, Ciudad del Este, La Paz, El Alto, Santa Cruz de la Sierra and Cochabamba and in Buenos
    # Aires, Madrid and São Paulo on CIM Level 6 and 7 courses and MBAs (laws numbered "Ley N.º 19.889", "Ley N.º
    # 1334/98" and "Decreto Supremo N.º 4732", Uruguayan decrees with three-digit years, BCU circulars, BCP and ASFI
    # resolutions, pesos uruguayos, guaraníes, bolivianos and Unidades Indexadas, RUT, RUC, NIT and cédula numbers,
    # Carnaval, Semana de Turismo, Día de la Tradición, Alasita, Oruro's Carnaval and the Aymara new year, the Chaco War
    # and the Guerra del Agua, Mennonite and Japanese colonies with their founding years, Guaraní words with
    # apostrophes, presidents and footballers with their dates, zafras, censuses and "gestión" years; English and
    # Spanish journals with up to eight authors, textbooks and e-books, chapters, conference papers, theses from the
    # Udelar, the UCU, the UNA and the UMSA, S.A., S.R.L., S.A.E.C.A. and Ltda. pages and reports, cooperatives, trade
    # bodies, regulators, laws as their gazettes publish them, research firms, the regional and diaspora press signed
    # and unsigned, social posts, podcasts and videos, Spanish titles with English in square brackets; double surnames
    # with and without "y", lower-case and capitalised particles, Aymara and Quechua surnames, Guaraní given names,
    # Mennonite German and Japanese-Paraguayan names, expatriates). Held out for its first tables (stop 35), development
    # data since. Seeds from 118000.
    "blind114": range(118000, 118000 + 100),
    "blind114-more": range(118000 + 100, 118000 + 400),
    # "blind115" is a hundred-and-fifteenth independent pool (blind115_works.py, blind115_text.py), written by a
    # hundred-and-fifteenth hand without reading the checker, its tests or the other pools: brand, CRM, digital, trade
    # and communications marketers at banks, telecoms and mobile-money firms, oil-services and construction groups,
    # bottlers, supermarkets and malls, airlines, hospitals, universities and agencies in Baghdad, Basra, Mosul, Najaf,
    # Erbil, Sulaymaniyah and Duhok and in Stockholm, Berlin, London, Detroit and Amman on CIM Level 6 and 7 courses and
    # MBAs (laws numbered "Law No. 1 of 2010", Central Bank of Iraq circulars, Council of Ministers and KRG decrees, the
    # Communications and Media Commission, ISX tickers, dinar and dollar figures and the 2020 devaluation, Hijri and
    # Kurdish calendar years, Ramadan, Eid, Nowruz and Arbaeen, the war years, protests and elections, poets, singers
    # and football seasons with their years; English, Arabic and Kurdish journals with up to eight authors, textbooks
    # and e-books, chapters, conference papers, theses from the University of Baghdad, Salahaddin University, AUIS,
    # Duhok and Basrah, company pages and reports, trade bodies, regulators, laws as web pages, research firms, the
    # Iraqi, Kurdish and Gulf press signed and unsigned, social posts, podcasts and videos, Arabic and Kurdish titles in
    # both scripts with English in square brackets; given and father's names, "Al-", "al-", "Abu", "Abdul" and "Hama"
    # names, one name spelt several ways, Kurmanji and Turkmen letters, Assyrian, Chaldean and diaspora names). Held out
    # for its first tables (stop 35), development data since. Seeds from 119000.
    "blind115": range(119000, 119000 + 100),
    "blind115-more": range(119000 + 100, 119000 + 400),
    # "blind116" is a hundred-and-sixteenth independent pool (blind116_works.py, blind116_text.py), written by a
    # hundred-and-sixteenth hand without reading the checker, its tests or the other pools: brand, trade, CRM, digital
    # and communications marketers at banks and SACCOs, telecoms and mobile money, breweries and soft-drink bottlers,
    # coffee, tea, sugar and fish exporters, safari and hotel groups, supermarkets, media houses, NGOs and agencies in
    # Dar es Salaam, Arusha, Zanzibar, Mwanza, Dodoma, Kampala, Entebbe, Gulu and Mbarara and in London, Nairobi and
    # Toronto on CIM Level 6 and 7 courses and MBAs (Acts cited as "Cap. 285" and "Act No. 11 of 2022", Government
    # Notices, the Bank of Tanzania, the Bank of Uganda, TCRA, UCC, NEMA, the URA and the TRA, TZS, TSh, UGX and USh
    # figures, financial years, DSE and USE tickers, TINs, USSD codes and M-Pesa receipts, Saba Saba, Nane Nane, Heroes'
    # Day, Union Day, Ramadan, Eid and the school terms, coffee grades and co-operative unions, clans, honorifics,
    # Swahili proverbs and people with their dates who are no authors; East African and international journals with up
    # to eight authors, textbooks and e-books, chapters, conference papers, theses from UDSM, Makerere, Mzumbe and Moshi
    # Co-operative University, Ltd, PLC and co-operative pages and reports, trade bodies, NGOs, regulators, laws as web
    # pages, research firms, the Dar es Salaam, Kampala and Nairobi press signed and unsigned, social posts, podcasts
    # and videos, Swahili and Luganda titles with English in square brackets; Swahili, Chagga, Sukuma, Haya,
    # Zanzibari-Arab, Indian-East-African, Baganda, Banyankole and Acholi names, "bin", "binti" and "wa",
    # transliteration variants and expatriate names). Held out for its first tables (stop 35), development data since.
    # Seeds from 120000.
    "blind116": range(120000, 120000 + 100),
    "blind116-more": range(120000 + 100, 120000 + 400),
    # "blind117" is a hundred-and-seventeenth independent pool (blind117_works.py, blind117_text.py), written by a
    # hundred-and-seventeenth hand without reading the checker, its tests or the other pools: brand, CRM, digital, trade
    # and communications marketers at banks and cooperatives, remittance and mobile-money firms, telecoms, coffee,
    # banana, sugar and maquila exporters, brewers and bottlers, supermarkets, free-zone and canal logistics firms,
    # hotels, airlines and agencies in Guatemala City, Quetzaltenango, Tegucigalpa, San Pedro Sula, San Salvador,
    # Managua, San José, Panama City and Colón and in Los Angeles, Houston, Washington DC and Madrid on CIM Level 6 and
    # 7 courses and MBAs (laws numbered "Decreto 57-2008", "Ley N.º 8968", "Decreto Legislativo N.º 776" and "Ley 81 de
    # 2019", Junta Monetaria and SUGEF rules, RTCA codes, DR-CAFTA and CA-4, quetzal, lempira, colón, córdoba, balboa
    # and dollar figures, remittances as a share of GDP, Semana Santa, 15 September, Día de los Muertos, Garifuna
    # Settlement Day, Maya calendar days, Bono 14 and the aguinaldo, hurricanes, the canal and other events with their
    # years, NIT and RTN codes, kilometre addresses, PBX numbers, USSD and promo codes, tickers, flight numbers, coffee
    # grades, awards, household surveys and censuses, honorifics and people with their dates who are no authors;
    # regional and international journals with up to eight authors, textbooks and e-books, chapters, conference papers,
    # theses from USAC, UNAH, UCA, INCAE and the Universidad de Costa Rica, S.A., S.A. de C.V., S. de R.L., R.L. and
    # Cía. Ltda. pages and reports, trade bodies, superintendencias, central banks, SIECA, laws as web pages, research
    # firms, the regional and diaspora press signed and unsigned, social posts, podcasts and videos, Spanish titles with
    # English in square brackets, one central bank's two reports of 2019; Spanish double surnames, married women's "de",
    # particles, Maya (K'iche', Q'eqchi', Kaqchikel), Garifuna, Miskito and Afro-Caribbean, Arab-Palestinian and Chinese
    # Central American names, accents dropped and kept, and expatriate names). Held out for its first tables (stop 35),
    # development data since. Seeds from 121000.
    "blind117": range(121000, 121000 + 100),
    "blind117-more": range(121000 + 100, 121000 + 400),
    # "blind118" is a hundred-and-eighteenth independent pool (blind118_works.py, blind118_text.py), written by a
    # hundred-and-eighteenth hand without reading the checker, its tests or the other pools: brand, trade, CRM, digital
    # and communications marketers at banks and Islamic banks, telecoms, oil, gas and LNG firms, ports, free zones and
    # logistics groups, fisheries, frankincense, honey and date producers, malls and supermarkets, airlines, hotels and
    # agencies in Muscat, Salalah, Sohar, Sana'a, Aden, Mukalla, Manama and Muharraq and in Dubai, Riyadh, London,
    # Birmingham, Detroit and Jakarta on CIM Level 6 and 7 courses and MBAs (Royal Decrees numbered like "Royal Decree
    # 18/2019", ministerial decisions, Bahraini Decree-Laws "No. (30) of 2018" and Yemeni laws, the Central Bank of
    # Oman, the Central Bank of Bahrain and the TRA, RO, OMR, baisa, BD, BHD and YER figures, MSX and Bahrain Bourse
    # tickers, CR numbers, S.A.O.G., S.A.O.C., LLC, B.S.C. (c) and W.L.L. forms, Oman Vision 2040 and the five-year
    # plans, Hijri dates, Ramadan, Eid, the Khareef season and National Day, frankincense, date and honey grades, TEU,
    # LNG trains, USSD codes, P.O. Boxes and Way numbers, rulers, honorifics and people with their dates who are no
    # authors; Gulf and international journals with up to eight authors, textbooks and e-books, chapters, conference
    # papers, theses from Sultan Qaboos University, the University of Bahrain, Sana'a University, Aden, Hadhramout and
    # diaspora universities, company pages and reports, chambers and trade bodies, regulators and ministries, laws as
    # web pages, research firms, the Omani, Bahraini, Yemeni and Gulf press signed and unsigned, social posts, podcasts
    # and videos, Arabic titles transliterated or in Arabic script with English in square brackets; Omani, Hadhrami,
    # Adeni, Bahraini and Baloch names with "Al-", "Al ", "al-", "bin", "bint", "Ba" and "Bin", father's and
    # grandfather's names, Arabist transliterations, one name spelt several ways and expatriate names). Held out for its
    # first tables (stop 35), development data since. Seeds from 122000.
    "blind118": range(122000, 122000 + 100),
    "blind118-more": range(122000 + 100, 122000 + 400),
    # "blind119" is a hundred-and-nineteenth independent pool (blind119_works.py, blind119_text.py), written by a
    # hundred-and-nineteenth hand without reading the checker, its tests or the other pools: brand, trade, CRM, digital
    # and communications marketers at banks, telecoms and mobile money (Unitel, Vodacom, M-Pesa, e-Mola), oil, gas and
    # mining groups, breweries and bottlers, supermarkets, cashew, cotton and prawn exporters, hotels, airlines and
    # agencies in Luanda, Benguela, Lubango, Huambo, Maputo, Beira, Nampula and Pemba and in Lisbon, Porto, Johannesburg
    # and São Paulo on CIM Level 6 and 7 courses and MBAs (laws numbered "Lei n.º 22/11" and "Decreto Presidencial n.º
    # 124/20", BNA avisos and instrutivos, the Boletim da República and the Diário da República, the Banco de
    # Moçambique, INACOM, INCM and INE, kwanza and metical figures with decimal commas, USSD codes, NUITs and NIFs,
    # S.A., Lda., E.P. and SGPS forms, Independence Days, Heroes' Day, the Carnaval de Luanda, the kizomba and
    # marrabenta seasons, the cashew and cotton campaigns, Girabola and Moçambola seasons, cyclones, oil blocks and
    # people with their dates who are no authors; African, Portuguese, Brazilian and international journals with up to
    # eight authors, textbooks and e-books, chapters, conference papers, theses from the Universidade Agostinho Neto,
    # the Universidade Católica de Angola, the Universidade Eduardo Mondlane and ISCTE, company pages and reports, trade
    # bodies, regulators, laws as web pages, research firms, the Angolan, Mozambican, Portuguese and Brazilian press
    # signed and unsigned, social posts, podcasts and videos, Portuguese titles with English in square brackets;
    # Portuguese names with several surnames and particles ("dos Santos", "Dos Santos", "Costa e Silva", "Van-Dúnem"),
    # Kimbundu, Kikongo, Umbundu, Changana, Sena and Makhuwa names, Indian-Mozambican and settler names and
    # expatriates). Held out for its first tables (stop 35), development data since. Seeds from 123000.
    "blind119": range(123000, 123000 + 100),
    "blind119-more": range(123000 + 100, 123000 + 400),
    # "blind120" is a hundred-and-twentieth independent pool (blind120_works.py, blind120_text.py), written by a
    # hundred-and-twentieth hand without reading the checker, its tests or the other pools: brand, digital, trade and
    # CRM marketers at banks and Islamic banks, telecoms and mobile money (Zain, MTN, Sudani, m-Gurush, Bankak),
    # gum-arabic, sesame, livestock and sugar exporters, bottlers and flour mills, supermarkets, NGOs and UN agencies,
    # airlines and agencies in Khartoum, Omdurman, Port Sudan, Wad Madani, Juba, Wau and Malakal and in Cairo, Doha,
    # Riyadh, London, Nairobi and Kampala on CIM Level 6 and 7 courses and MBAs (laws numbered "Act No. 3 of 2019",
    # presidential decrees, republican orders and central-bank circulars, the Central Bank of Sudan, the Bank of South
    # Sudan, the TPRA and NCA, S.D.G and SSP figures and exchange rates, USSD and HS codes, Ramadan, Eid and Hijri
    # years, Independence Days (1 January, 9 July), the 2019 revolution, the 2023 war and people with their dates who
    # are no authors; African, Islamic-marketing and international journals with up to eight authors, textbooks and
    # e-books, chapters, conference papers, theses from the University of Khartoum, Sudan University of Science and
    # Technology, the University of Juba and others, company pages and reports, trade bodies, regulators, laws as web
    # pages, research firms, the Sudanese, South Sudanese and international press signed and unsigned, social posts,
    # podcasts and videos, Arabic titles transliterated with English in square brackets; Sudanese Arabic names with
    # father's names and no family name, "Abd al-", "Abdel", "Abu", "El-" and "al-", Mohamed/Mohammed/Muhammad and
    # Osman/Othman, Nubian, Beja and Fur names, Dinka and Nuer names with Christian given names, scholars'
    # transliterations with ʿayn and macrons, and expatriates). Held out for its first tables (stop 35), development
    # data since. Seeds from 124000.
    "blind120": range(124000, 124000 + 100),
    "blind120-more": range(124000 + 100, 124000 + 400),
    # "blind121" is a hundred-and-twenty-first independent pool (blind121_works.py, blind121_text.py), written by a
    # hundred-and-twenty-first hand without reading the checker, its tests or the other pools: brand, trade, CRM,
    # digital and communications marketers at banks, telecoms (A1, MTS, life:)), IT-outsourcing and software firms
    # (EPAM, Wargaming, Flo), dairy and meat processors, potash, tractor and truck makers (BelAZ, MTZ, MAZ), retailers,
    # hotels and agencies in Minsk, Brest, Grodno, Gomel, Vitebsk and Mogilev and in Vilnius, Warsaw, Riga, Tbilisi and
    # Berlin on CIM Level 6 and 7 courses and MBAs (laws and edicts numbered "Law No. 99-Z" and "Edict No. 8", National
    # Bank resolutions and the refinancing rate, Belstat and MART figures, BYN and BYR amounts and the 2016
    # redenomination, OAO, OJSC, CJSC, JLLC and UE forms, UNP numbers, USSD, ERIP and short codes, tariffs, tractor and
    # truck models, STB, GOST and TR TS standards, Kupalle, Dziady, Independence Day on 3 July, Orthodox, Catholic and
    # Old Style dates, festivals, awards, sanctions packages and people with their dates who are no authors; Belarusian,
    # Russian, Lithuanian, Polish and international journals with up to eight authors, textbooks and e-books, chapters,
    # conference papers, theses from BSU, BSEU, EHU and the regional universities, working papers, company pages and
    # reports, regulators, laws as pages of the legal portal, research firms, the Belarusian, diaspora and international
    # press signed and unsigned, social posts, podcasts and videos, Russian and Belarusian titles in Latin or Cyrillic
    # letters with English in square brackets; names in Łacinka, BGN/PCGN and passport spellings of the same people
    # (Aliaksandr/Alexander/Aleksandr, Kavalenka/Kovalenko), -ski/-skaya and -ava/-ova surnames, Polish and Lithuanian
    # minority names and expatriates). Held out for its first tables (stop 35), development data since. Seeds from
    # 125000.
    "blind121": range(125000, 125000 + 100),
    "blind121-more": range(125000 + 100, 125000 + 400),
    # "blind122" is a hundred-and-twenty-second independent pool (blind122_works.py, blind122_text.py), written by a
    # hundred-and-twenty-second hand without reading the checker, its tests or the other pools: brand, trade, CRM and
    # digital marketers in Papua New Guinea, the Solomon Islands and Vanuatu and their diaspora (Port Moresby, Lae,
    # Mount Hagen, Goroka, Honiara, Port Vila, Luganville; Brisbane, Cairns, Auckland) at banks (BSP, Kina Bank,
    # Westpac), telecoms (Digicel, Vodafone PNG, bmobile), LNG, mining and logging firms, coffee, cocoa, copra, kava and
    # tuna exporters, supermarkets, airlines and resorts on CIM Level 6 and 7 courses and MBAs (Acts as "Companies Act
    # 1997" and "Act No. 12 of 2019", the Bank of PNG, NICTA, ICCC and TCSI, kina and toea, Solomon dollars and vatu,
    # Independence Days, the Hiri Moale, the Goroka and Mount Hagen Shows, cyclones, flights, short codes, data plans,
    # wantok and haus tambaran, people with their dates who are no authors; Pacific and international journals with up
    # to eight authors, textbooks and e-books, chapters, PNG Update papers, theses from UPNG, Unitech, SINU, DWU and
    # USP, company pages and reports, trade bodies, regulators, laws as PacLII pages, research firms, the Post-Courier,
    # The National, the Solomon Star and the Vanuatu Daily Post signed and unsigned, social posts, Tok Pisin and Bislama
    # titles with English in square brackets; Papua New Guinean, Solomon Islands and ni-Vanuatu names with a father's
    # name as surname and apostrophes ("Hau'ofa", "Ulufa'alu"), Chinese-PNG, Francophone and expatriate names). Held out
    # for its first tables (stop 35), development data since. Seeds from 126000.
    "blind122": range(126000, 126000 + 100),
    "blind122-more": range(126000 + 100, 126000 + 400),
    # "blind123" is a hundred-and-twenty-third independent pool (blind123_works.py, blind123_text.py), written by a
    # hundred-and-twenty-third hand without reading the checker, its tests or the other pools: brand, trade, CRM and
    # digital marketers in Ethiopia and Eritrea and their diaspora (Addis Ababa, Adama, Bahir Dar, Hawassa, Mekelle,
    # Dire Dawa, Asmara, Massawa; Washington DC, London, Stockholm, Tel Aviv, Dubai) at banks and microfinance
    # institutions, Ethio telecom, Safaricom Ethiopia and telebirr, coffee, flower, leather and sesame exporters,
    # breweries and bottlers, Ethiopian Airlines and hotels on CIM Level 6 and 7 courses and MBAs (the Ethiopian
    # calendar's E.C. and G.C. years, its months and Enkutatash, birr as ETB or Br and nakfa, PLC and S.C., laws as
    # "Proclamation No. 1156/2019" and NBE directives, the NBE, ECA, EIC and CSA, Timket, Meskel, Fasika, Ramadan and
    # Irreecha, short codes, bundles, flights, Ethiopian time, athletes, artists and emperors with their dates who are
    # no authors; Ethiopian and international journals with up to eight authors, textbooks and e-books, chapters,
    # conference papers, theses from AAU, Bahir Dar, St. Mary's, Hawassa and Asmara, company pages and reports, trade
    # bodies, regulators, proclamations and directives, research firms, Addis Fortune, The Reporter and Addis Standard
    # signed and unsigned, social posts and videos, Amharic and Tigrinya titles in Ge'ez script or transliterated with
    # English in square brackets; names with no family name filed by the father's or the given name, Gebre/G/ and
    # Wolde/W/ abbreviations, Tekle/Teklay and Haile/Hailé variants, Oromo, Somali, Gurage and Eritrean names and
    # expatriates). Held out for its first tables (stop 36), development data since. Seeds from 127000.
    "blind123": range(127000, 127000 + 100),
    "blind123-more": range(127000 + 100, 127000 + 400),
    # "blind124" is a hundred-and-twenty-fourth independent pool (blind124_works.py, blind124_text.py), written by a
    # hundred-and-twenty-fourth hand without reading the checker, its tests or the other pools: brand, trade, CRM and
    # digital marketers in Suriname, Aruba, Curaçao, Sint Maarten and Bonaire and their diaspora (Paramaribo, Nieuw
    # Nickerie, Oranjestad, Willemstad, Philipsburg, Kralendijk; Amsterdam, Rotterdam, The Hague, Miami) at banks,
    # telecoms (Telesur, Digicel, Setar, Flow), brewers and distillers, rice, bauxite, gold and oil firms, tourism
    # boards, cruise ports, casinos, supermarkets, airlines and insurers on CIM Level 6 and 7 courses and MBAs (laws as
    # Landsverordeningen and Wetten with "S.B. 2019 no. 45", "AB 2020 no. 12" and "P.B." numbers, the central banks, the
    # TAS and BT&P, SRD, Aruban florins and Antillean guilders, Keti Koti, Divali, Phagwa, Carnival, Dia di Himno y
    # Bandera and Seú, 10-10-10, Hurricane Irma, cruise seasons, flights, KvK numbers, addresses, short codes and
    # degrees, people with their dates who are no authors; Caribbean, Dutch and international journals with up to eight
    # authors, textbooks and e-books, chapters, conference papers, theses from the Anton de Kom Universiteit, the
    # University of Aruba, the University of Curaçao and FHR, N.V., B.V. and Stichting pages and reports, trade bodies,
    # regulators, research firms, De Ware Tijd, Starnieuws, Amigoe, Diario and The Daily Herald signed and unsigned,
    # social posts, podcasts and videos, Dutch, Papiamentu and Sranan titles with English in square brackets; Dutch
    # names with tussenvoegsels kept apart or capitalised ("van der Kooij", "'t Hart", "Van der Kooij"), Hindustani,
    # Javanese, Chinese-Surinamese ("Tjon A Fong"), Maroon, Amerindian, Lebanese, Sephardic and Antillean names). Held
    # out for its first tables (stop 36), development data since. Seeds from 128000.
    "blind124": range(128000, 128000 + 100),
    "blind124-more": range(128000 + 100, 128000 + 400),
    # "blind125" is a hundred-and-twenty-fifth independent pool (blind125_works.py, blind125_text.py), written by a
    # hundred-and-twenty-fifth hand without reading the checker, its tests or the other pools: brand, trade, CRM and
    # digital marketers in Cameroon, Gabon, the Republic of the Congo and the DRC and their diaspora (Douala, Yaoundé,
    # Bamenda, Buea, Libreville, Port-Gentil, Brazzaville, Pointe-Noire, Kinshasa, Lubumbashi, Goma; Paris, Brussels,
    # Montréal, Johannesburg) at banks and microfinance, telecoms and mobile money, breweries and bottlers, cocoa,
    # coffee, timber, oil and mining firms, supermarkets, airlines, media houses, NGOs and agencies on CIM Level 6 and 7
    # courses and MBAs (laws as "Loi n° 2010/012 du 21 décembre 2010" and "Ordonnance-loi n° 23/010", CEMAC/COBAC
    # regulations, décrets and arrêtés, OHADA's Uniform Acts, SA, SARL, SAS and GIE, RCCM and NIU numbers, FCFA, XAF,
    # CDF and FC, the Fête nationale, 30 June, 17 August, Ramadan, Tabaski, the rentrée and Christmas, USSD codes, data
    # bundles, bottle sizes, cocoa seasons, festivals, awards, football and musicians with their dates who are no
    # authors; African, francophone and international journals with up to eight authors, textbooks and e-books,
    # chapters, conference papers, theses from Yaoundé II, Buea, Omar Bongo, Marien Ngouabi and Kinshasa, company pages
    # and reports, trade bodies, regulators, laws as web pages, research firms, the Cameroonian, Gabonese and Congolese
    # press signed and unsigned, social posts, podcasts and videos, French titles with English in square brackets;
    # Bamileke, Beti, Duala, Fulani and anglophone Cameroonian, Gabonese, Kongo, Lingala and Swahili names, postnames
    # ("Mbuyi Kalonji"), hyphenated compounds, surnames in capitals, Lebanese, Belgian, French and Canadian names). Held
    # out for its first tables (stop 36), development data since. Seeds from 129000.
    "blind125": range(129000, 129000 + 100),
    "blind125-more": range(129000 + 100, 129000 + 400),
    # "blind126" is a hundred-and-twenty-sixth independent pool (blind126_works.py, blind126_text.py), written by a
    # hundred-and-twenty-sixth hand without reading the checker, its tests or the other pools: brand, CRM and digital
    # marketers in South India and its diaspora (Chennai, Coimbatore, Madurai, Kochi, Thiruvananthapuram, Kozhikode,
    # Bengaluru, Mysuru, Hyderabad, Visakhapatnam; Singapore, Dubai, Kuala Lumpur, London, New Jersey) at banks and
    # NBFCs, gold-loan and chit-fund firms, jewellers, silk and saree retailers, FMCG, coffee, tea and spice firms, IT
    # and SaaS firms, two-wheeler makers, film houses and OTT platforms, hospitals, edtech, hotels and agencies on CIM
    # Level 6 and 7 courses and MBAs (Acts as "Act No. 35 of 2019", Government Orders as "G.O. (Ms) No. 123", RBI
    # circulars, SEBI, TRAI and FSSAI, CIN, GSTIN and FSSAI numbers, INR, Rs. and ₹ with lakh and crore, financial
    # years, Pongal, Onam, Vishu, Ugadi, Diwali, Christmas and Ramadan, the Kollam and Saka eras, films with their
    # years, box office and OTT releases, film stars and founders with their dates who are no authors; Indian and
    # international journals with up to eight authors, textbooks and e-books, chapters, conference papers, theses from
    # Anna University, IIT Madras, IIM Bangalore, the University of Kerala and Osmania University, Pvt. Ltd., Ltd. and
    # LLP pages and reports, trade bodies, regulators, laws and G.O.s as web pages, research firms, the Indian and Gulf
    # press signed and unsigned, social posts, podcasts and videos, Tamil, Malayalam, Telugu and Kannada titles with
    # English in square brackets; initials before given names ("R. Karthikeyan", "K. S. Ravi"), Kerala house names,
    # Telugu surnames first, Nair, Pillai, Reddy and Iyer, Syrian Christian and Muslim names, s/o and a/l forms,
    # scholarly transliterations, one name spelt several ways, and the expatriates who write with them). Held out for
    # its first tables (stop 36), development data since. Seeds from 130000.
    "blind126": range(130000, 130000 + 100),
    "blind126-more": range(130000 + 100, 130000 + 400),
    # "blind127" is a hundred-and-twenty-seventh independent pool (blind127_works.py, blind127_text.py), written by a
    # hundred-and-twenty-seventh hand without reading the checker, its tests or the other pools: brand, trade, CRM and
    # digital marketers in Sierra Leone, Liberia and The Gambia and their diaspora (Freetown, Bo, Kenema, Makeni,
    # Monrovia, Gbarnga, Buchanan, Banjul, Serrekunda, Brikama; London, Washington DC, Minneapolis, Accra) at banks and
    # microfinance, telecoms and mobile money (Orange Money, Afrimoney, Lonestar Cell MTN, QMoney), breweries, mining,
    # rubber and palm-oil firms, supermarkets, hotels, airlines, media houses, NGOs and agencies on CIM Level 6 and 7
    # courses and MBAs (Acts as "Act No. 5 of 2019", Public Notices of PURA, NatCA and the LTA, the three central banks'
    # rates, old and new leones (SLL, SLE, Le, NLe), L$, LRD, US$ and dalasi, Independence Days (27 April, 26 July, 18
    # February), Tobaski, Koriteh, Ramadan, Christmas and the rainy season, USSD codes, phone numbers, bundles, beer
    # brands, paramount chiefs, historical figures and founders with their dates who are no authors, Krio, Liberian
    # English, Wolof and Mandinka phrases with English in square brackets; African and international journals with up to
    # eight authors, textbooks and e-books, chapters, conference papers, theses from Fourah Bay College, Njala, IPAM,
    # the University of Liberia, Cuttington and the University of The Gambia, company pages and reports, trade bodies,
    # regulators, Acts and regulations, research firms, the Sierra Leonean, Liberian and Gambian press signed and
    # unsigned, Facebook and other social posts, podcasts and videos, Krio, Liberian English and Wolof titles with
    # English in square brackets; Krio, Temne, Limba, Mende, Kono, Kpelle, Bassa, Vai, Americo-Liberian (with "Jr.",
    # "Sr." and "III"), Mandinka, Wolof, Fula, Jola and Aku names, double surnames, "N'Dow" and "M'Boge", francophone
    # accents ("Guèye", "Baldé"), Lebanese and expatriate names, particles kept apart ("van der Merwe")). Held out for
    # its first tables (stop 36), development data since. Seeds from 131000.
    "blind127": range(131000, 131000 + 100),
    "blind127-more": range(131000 + 100, 131000 + 400),
    # "blind128" is a hundred-and-twenty-eighth independent pool (blind128_works.py, blind128_text.py), written by a
    # hundred-and-twenty-eighth hand without reading the checker, its tests or the other pools: brand, trade, CRM and
    # digital marketers in Somalia, Somaliland, Puntland and Djibouti and their diaspora (Mogadishu, Hargeisa, Berbera,
    # Bosaso, Garowe, Kismayo, Djibouti City; Minneapolis, Columbus, London, Toronto, Eastleigh, Dubai) at banks and
    # remittance firms, telecoms and mobile money (EVC Plus, ZAAD, Sahal, e-Dahab), livestock exporters, FMCG importers
    # and bottlers, cement firms, airlines, hotels, media houses, NGOs and agencies on CIM Level 6 and 7 courses and
    # MBAs (laws as "Law No. 12 of 2019", Somaliland's "Law No. 55/2012" and Djibouti's "Loi n° 118/AN/11/6ème L",
    # presidential decrees and central-bank circulars, SOS, SLSH, DJF and USD, Ramadan, Eid and the Hijri calendar, 26
    # June, 1 July, 18 May and 27 June, the Gu and Deyr rains, USSD codes, bundles, licences, flights, livestock
    # shipments, clan and lineage, nicknames, poets, founders and singers with their dates who are no authors; Somali,
    # African and international journals with up to eight authors, textbooks and e-books, chapters, conference papers,
    # theses from SIMAD, Mogadishu, Hargeisa, Amoud and Djibouti universities, company pages and reports, trade bodies,
    # regulators and ministries, laws and decrees, research firms, the Somali, Djiboutian and diaspora press signed and
    # unsigned, social posts, videos and podcasts, Somali, Arabic and French titles with English in square brackets;
    # Somali names filed by the last name, by father's and grandfather's names or by a nickname, in English and Somali
    # spelling (Mohamed/Maxamed, Abdi/Cabdi, Hussein/Xuseen) with the glottal-stop apostrophe ("Ba'adle"), Djiboutian
    # French and Arabic names with accents, Gulf Arabic, Kenyan and expatriate names, particles). Held out for its first
    # tables (stop 36), development data since. Seeds from 132000.
    "blind128": range(132000, 132000 + 100),
    "blind128-more": range(132000 + 100, 132000 + 400),
    # "blind129" is a hundred-and-twenty-ninth independent pool (blind129_works.py, blind129_text.py), written by a
    # hundred-and-twenty-ninth hand without reading the checker, its tests or the other pools: brand, trade, CRM and
    # digital marketers in Malaysia and Brunei and their diaspora (Kuala Lumpur, Petaling Jaya, Penang, Johor Bahru,
    # Kota Kinabalu, Kuching, Ipoh, Bandar Seri Begawan; Singapore, London, Melbourne) at banks and Islamic banks,
    # telecoms and e-wallets (Touch 'n Go, Boost, GrabPay), palm-oil and rubber-glove firms, halal food and drink
    # makers, hypermarkets and convenience chains, airlines, property developers, universities, media houses and
    # agencies on CIM Level 6 and 7 courses and MBAs (Acts as "Personal Data Protection Act 2010 (Act 709)" and "(Act
    # A1727)", Akta and Perintah, Brunei Orders, BNM policy documents, Malaysian Standards ("MS 1500:2019"), Bursa codes
    # and company registration numbers, RM, ringgit, B$ and BND, Hari Raya, Chinese New Year, Deepavali, Gawai,
    # Kaamatan, Merdeka, the Hijri calendar, the 11.11 and 12.12 sales, MCO phases, Malaysia Plans, schemes, income
    # groups, SST and OPR, films, founders, leaders, celebrities and directors with their dates who are no authors;
    # Malaysian, Bruneian and international journals with up to eight authors, textbooks and e-books, chapters,
    # conference papers, theses from Universiti Malaya, UiTM, UKM, Universiti Brunei Darussalam and others, company
    # pages and Bursa reports, trade bodies, Bank Negara Malaysia, MCMC, the Securities Commission, JAKIM, AMBD and
    # ministries, Acts and Orders, research firms, the Malaysian, Bruneian and Singaporean press signed and unsigned,
    # social posts, videos and podcasts, Malay titles with English in square brackets; Malay and Bruneian names with
    # "bin" and "binti" written whole or by the father's name, titles (Tan Sri, Dato' Sri, Datuk Seri, Datin Paduka,
    # Haji, Dayang Hajah, Pengiran), Chinese Malaysian names with and without English given names, Tamil names with
    # "a/l" and "a/p", Iban names with "anak", Kadazan and Sikh names, expatriate names with accents and particles).
    # Held out for its first tables (stop 37), development data since. Seeds from 133000.
    "blind129": range(133000, 133000 + 100),
    "blind129-more": range(133000 + 100, 133000 + 400),
    # "blind130" is a hundred-and-thirtieth independent pool (blind130_works.py, blind130_text.py), written by a
    # hundred-and-thirtieth hand without reading the checker, its tests or the other pools: marketers in Kazakhstan,
    # Uzbekistan and Kyrgyzstan and their diaspora (Almaty, Astana, Shymkent, Karaganda, Tashkent, Samarkand, Bukhara,
    # Bishkek, Osh; Moscow, Istanbul, Seoul, Dubai) at banks and fintechs (Kaspi.kz, Halyk Bank, Freedom Finance, Uzum,
    # Click, Payme), telecoms (Beeline, Kcell, Ucell, MegaCom), airlines (Air Astana, Uzbekistan Airways), bazaars and
    # supermarket chains, cotton, textile, dried-fruit, wine, cement and mining firms, marketplaces, media houses and
    # agencies on CIM Level 6 and 7 courses and MBAs (laws as "Law of the Republic of Kazakhstan No. 94-V", decrees as
    # "Presidential Decree No. UP-60", Government and Cabinet resolutions, the National Bank of Kazakhstan, the Central
    # Bank of Uzbekistan, the ARDFM, the AFSA and AIFC; tenge, so'm and som; Nauryz, Navruz, Kurban Ait, Independence
    # Day and the Silk Road; tickers, tariffs, flights, aircraft, HS codes, GOST standards and BINs; people with
    # patronymics and -uly, -kyzy, -ogli and -qizi who are no authors); regional and international journals with up to
    # eight authors, textbooks and e-books, chapters, conference papers, theses from Al-Farabi KazNU, Nazarbayev
    # University, KIMEP, TSUE, WIUT and AUCA, company pages and reports with their legal forms (JSC, AO, LLP, TOO, LLC,
    # OOO, MChJ, AJ, QK), trade bodies, regulators and ministries, laws and decrees, research firms, the regional press
    # signed and unsigned, social posts, videos and podcasts, Russian, Kazakh and Uzbek titles with English in square
    # brackets; Kazakh, Uzbek, Kyrgyz, Russian, Koryo-saram, Tatar, Uyghur and Dungan names with their transliteration
    # variants (Nursultan/Nursoltan, Yusupov/Iusupov, Kh/H, Zh/J, Q/K), Kyrgyz "uulu" and "kyzy", a few in Cyrillic and
    # in the new Kazakh Latin, patronymics as Russian-style initials, and expatriate names). Held out for its first
    # tables (stop 37), development data since. Seeds from 134000.
    "blind130": range(134000, 134000 + 100),
    "blind130-more": range(134000 + 100, 134000 + 400),
    # "blind131" is a hundred-and-thirty-first independent pool (blind131_works.py, blind131_text.py), written by a
    # hundred-and-thirty-first hand without reading the checker, its tests or the other pools: brand, trade, CRM and
    # digital marketers in Vietnam and its diaspora (Hanoi, Ho Chi Minh City, Da Nang, Hai Phong, Can Tho, Nha Trang,
    # Hue; Paris, Orange County, San Jose, Sydney, Berlin, Seoul) at banks and fintechs (Vietcombank, Techcombank,
    # VPBank, MoMo, ZaloPay, VNPAY), telecoms (Viettel, VNPT, MobiFone), conglomerates (Vingroup, Masan, Sun Group,
    # FPT), dairy, coffee, beer, seafood, rice, garment and electronics makers, e-commerce platforms, convenience
    # chains, airlines, media houses and agencies on CIM Level 6 and 7 courses and MBAs (decrees, circulars, laws and
    # decisions as "Decree No. 13/2023/ND-CP", "Nghị định 13/2023/NĐ-CP", "Circular 09/2020/TT-NHNN", "Law No.
    # 59/2020/QH14" and "Decision No. 749/QĐ-TTg", party resolutions and COVID directives, VND, đồng and ₫ with tỷ and
    # triệu, H1/2024 and 9M2023, Tết and the lunar calendar, Mid-Autumn, 20/10 and the 9.9 and 11.11 sales, HOSE
    # tickers, tax codes, flights, hotlines, HS codes, TCVN standards, districts and streets named after historical
    # figures, founders, singers and KOLs with their years who are no authors; Vietnamese and international journals
    # with up to eight authors, textbooks and e-books, chapters, conference papers, theses from NEU, UEH, FTU and RMIT
    # Vietnam, company pages and reports (Công ty Cổ phần, Công ty TNHH, JSC), trade bodies, the SBV, the MIC, the GSO
    # and ministries, laws and decrees, research firms, the Vietnamese and diaspora press signed and unsigned, social
    # posts, videos and podcasts, Vietnamese titles with English in square brackets; Vietnamese names family name first,
    # in full diacritics and without, now and then filed by the given name, many authors named Nguyen, Tran, Le or Pham,
    # compound family names (Tôn Nữ, Tôn Thất), overseas Vietnamese with English and French given names, hyphenated
    # diaspora surnames, and expatriate names). Held out for its first tables (stop 37), development data since. Seeds
    # from 135000.
    "blind131": range(135000, 135000 + 100),
    "blind131-more": range(135000 + 100, 135000 + 400),
    # "blind133" is a hundred-and-thirty-third independent pool (blind133_works.py, blind133_text.py), written by a
    # hundred-and-thirty-third hand without reading the checker, its tests or the other pools: marketers in Zambia,
    # Zimbabwe and Malawi and their diaspora (Lusaka, Ndola, Kitwe, Livingstone, Harare, Bulawayo, Mutare, Lilongwe,
    # Blantyre, Mzuzu; Johannesburg, London, Leicester, Dallas) at banks and microfinance, telecoms and mobile money
    # (Airtel Money, MTN MoMo, EcoCash, OneMoney, TNM Mpamba), breweries and bottlers, maize, tobacco, tea, sugar and
    # copper firms, supermarkets (Shoprite, OK Zimbabwe, Chipiku), insurers, airlines, media houses and agencies on CIM
    # Level 6 and 7 courses and MBAs (Statutory Instruments as "SI 33 of 2019", Acts by number and by chapter as "No. 3
    # of 2021", "[Chapter 24:20]" and "Cap. 321", central-bank circulars and directives, kwacha, ZMW, MWK, ZiG, RTGS and
    # US dollars, exchange rates, USSD codes, LuSE, ZSE, VFEX and MSE tickers, Independence Day, Heroes Day, Kuomboka,
    # Ncwala, Umhlangano and Chilembwe Day, totems, chiefs, founders, footballers and national heroes with their years,
    # interview participants, awards, trade fairs, streets, stands and plots, radio stations, tea and tobacco grades and
    # vernacular glosses, none of them authors); regional and international journals with up to eight authors, textbooks
    # and African editions, e-books, chapters, conference papers, theses from UNZA, CBU, UZ, NUST, UNIMA, MUBAS, MSU and
    # UNISA, company pages and reports with their legal forms ((Pvt) Ltd, (Private) Limited, PLC, plc), trade bodies,
    # the Bank of Zambia, the RBZ, the RBM, ZICTA, POTRAZ, MACRA, ZamStats, ZIMSTAT and the NSO, ministries, Acts and
    # Statutory Instruments with the government as author, research firms, the regional and diaspora press signed and
    # unsigned, social posts, videos and podcasts, Bemba, Shona, Ndebele and Chichewa titles with English in square
    # brackets; Bemba, Tonga, Lozi, Nyanja, Shona, Ndebele, Chewa, Tumbuka and Yao names with virtue and English-word
    # given names, married double surnames and the Chichewa "ŵ", Asian and white Zimbabwean and Zambian names with their
    # particles, and expatriate names). Held out for its first tables (stop 37), development data since. Seeds from
    # 137000.
    "blind133": range(137000, 137000 + 100),
    "blind133-more": range(137000 + 100, 137000 + 400),
    # "blind134" is a hundred-and-thirty-fourth independent pool (blind134_works.py, blind134_text.py), written by a
    # hundred-and-thirty-fourth hand without reading the checker, its tests or the other pools: marketers in Romania and
    # Moldova and their diaspora (Bucharest, Cluj-Napoca, Iași, Timișoara, Brașov, Constanța, Chișinău, Bălți; Madrid,
    # Rome, Turin, London, Paris) at banks and fintechs (Banca Transilvania, BCR, BRD, Revolut Romania, maib,
    # Moldindconbank), telecoms (Orange, Vodafone, Digi, Moldcell), retailers and e-commerce (eMAG, Dedeman, Altex,
    # Kaufland, Linella), food and drink makers (Dorna, Napolact, Ursus, Purcari, Cricova), Dacia, IT outsourcers, media
    # houses and agencies on CIM Level 6 and 7 courses and MBAs (laws and ordinances as "Legea nr. 506/2004", "OUG nr.
    # 34/2014", "HG nr. 1.037/2010" and Moldovan "Legea nr. 133/2011", "M.Of. nr. 1101/2004", the BNR's rates, lei, RON
    # and MDL with decimal commas, Mărțișor, Dragobete, Paște, 1 December and eMAG's Black Friday, CUI, J and IDNO
    # codes, BVB tickers, SRL and Î.M. in brackets, Dacia models, wine vintages, awards, festivals, historical figures
    # and sportspeople with their years, professors with their titles); Romanian and international journals with up to
    # eight authors, textbooks and e-books, chapters, theses from ASE, UBB, SNSPA, UAIC and ASEM, conference papers,
    # company pages and reports (SA, SRL, S.R.L., Î.M., B.C. „...” S.A.), trade bodies, regulators (BNR, ANCOM, ANPC,
    # ASF, INS, the National Bank of Moldova, ANRCETI), laws with their Monitorul Oficial, research firms, the press
    # signed and unsigned, social posts, videos and podcasts, Romanian titles with English in square brackets; Romanian
    # and Moldovan names with ș, ț, ă, â and î, without them and with the old cedillas (ş, ţ), â/î variants, hyphenated
    # surnames and given names, Hungarian names (now and then filed by the given name), Roma, German and Lipovan names,
    # Russian and Gagauz names in Moldova with patronymics in two transliterations, and expatriate names). Held out for
    # its first tables (stop 37), development data since. Seeds from 138000.
    "blind134": range(138000, 138000 + 100),
    "blind134-more": range(138000 + 100, 138000 + 400),
    # "blind132" is a hundred-and-thirty-second independent pool (blind132_works.py, blind132_text.py), written by a
    # hundred-and-thirty-second hand without reading the checker, its tests or the other pools: marketers in Nepal and
    # Bhutan and their diaspora (Kathmandu, Lalitpur, Pokhara, Biratnagar, Butwal, Chitwan, Thimphu, Paro,
    # Phuentsholing; Doha, Dubai, Kuala Lumpur, Sydney, London, New York) at banks, development banks and microfinance,
    # telecoms and wallets (Nepal Telecom, Ncell, eSewa, Khalti, IME Pay, Bhutan Telecom, TashiCell), remittance firms,
    # tea, pashmina, carpet and noodle makers (Wai Wai, Mayos), breweries, airlines (Buddha Air, Yeti, Drukair),
    # trekking and hotel firms, hydropower companies, retailers, media houses and agencies on CIM Level 6 and 7 courses
    # and MBAs (Bikram Sambat dates and fiscal years, Baisakh to Chaitra and 2080/81, Rs., NPR, lakh and crore, Nu.,
    # Acts as "Electronic Transactions Act, 2063 (2008)" and "Consumer Protection Act of Bhutan 2012", NRB directives
    # and circulars, the SDF, Dashain, Tihar, Chhath, Teej, Losar and Tshechu, NEPSE tickers, flights and airport codes,
    # USSD codes, PAN and registration numbers, peaks and their heights, megawatts, kings, ministers, Dashos, climbers,
    # cricketers and founders with their years who are no authors; NepJOL journals with 10.3126 DOIs and international
    # journals with up to eight authors, textbooks and e-books, some dated in B.S., chapters, conference papers, theses
    # from Tribhuvan, Kathmandu and Pokhara Universities and the Royal University of Bhutan, company pages and reports
    # (Pvt. Ltd., Ltd., Limited), trade bodies, Nepal Rastra Bank, the Royal Monetary Authority, the NTA and ministries,
    # Acts, research firms, the Nepali, Bhutanese and Gulf press signed and unsigned, social posts, videos and podcasts,
    # Nepali and Dzongkha titles with English in square brackets; Bahun, Chhetri, Newar, Gurung, Magar, Tamang, Tharu,
    # Madhesi, Dalit and Sherpa names, K.C. and B.K. as initials, Thapa Magar compound surnames, Sherpa and Bhutanese
    # names with no family name filed by either name or written whole, a Dasho typed into a given name, romanisation
    # variants, IAST diacritics, and expatriate names). Held out for its first tables (stop 37), development data since.
    # Seeds from 136000.
    "blind132": range(136000, 136000 + 100),
    "blind132-more": range(136000 + 100, 136000 + 400),
    # "blind135" is a hundred-and-thirty-fifth independent pool (blind135_works.py, blind135_text.py), written by a
    # hundred-and-thirty-fifth hand without reading the checker, its tests or the other pools: marketers in Indonesia
    # and its diaspora (Jakarta, Surabaya, Bandung, Medan, Yogyakarta, Semarang, Makassar, Denpasar, Balikpapan;
    # Singapore, Kuala Lumpur, The Hague, Amsterdam, Melbourne) at banks and fintechs (BCA, Bank Mandiri, BRI, GoPay,
    # OVO, DANA, ShopeePay), telecoms (Telkomsel, Indosat Ooredoo Hutchison, XL Axiata), super-apps and marketplaces
    # (Gojek, Grab, Tokopedia, Shopee, Bukalapak, Traveloka), consumer-goods makers, minimarkets, airlines, media houses
    # and agencies on CIM Level 6 and 7 courses and MBAs (laws as "Undang-Undang Nomor 27 Tahun 2022" and "UU No.
    # 27/2022", PP, POJK, PBI, PADG and Permendag numbers, rupiah in juta, miliar and triliun with decimal commas,
    # Ramadan, Lebaran, Imlek, Nyepi and Saka years, Hijri dates, Harbolnas 12.12, 17 Agustus, WIB times, IDX tickers,
    # NIB, NPWP, KBLI and halal numbers, SNI codes, awards, expos, elections, IKN, founders, ministers and Balinese
    # birth-order names who are no authors, Slovin samples, Likert scales and regression results); Indonesian and
    # international journals with up to eight authors, textbooks and e-books, chapters, skripsi, tesis and dissertations
    # from UI, UGM, ITB, Binus, Unair and others, conference papers and prosiding, company pages and reports (PT ...
    # Tbk, (Persero), CV), trade bodies (APJII, idEA, AFTECH, P3I, MUI), regulators (OJK, Bank Indonesia, BPS, Kominfo,
    # BPOM, KPPU, BPJPH), laws under "Republik Indonesia", research firms, the press signed and unsigned, social posts,
    # videos and podcasts, Indonesian titles with English in square brackets; single names with no family name, Javanese
    # and Sundanese names, Batak, Minangkabau and Minahasan clan names, Balinese birth-order names, Chinese-Indonesian
    # and Arabic-derived names, degrees after the name (S.E., M.M.), and Dutch, Australian and Malaysian academics).
    # Held out for its first tables (stop 37), development data since. Seeds from 139000.
    "blind135": range(139000, 139000 + 100),
    "blind135-more": range(139000 + 100, 139000 + 400),
    # "blind136" is a hundred-and-thirty-sixth independent pool (blind136_works.py, blind136_text.py), written by a
    # hundred-and-thirty-sixth hand without reading the checker, its tests or the other pools: marketers in Poland and
    # its diaspora (Warsaw, Kraków, Łódź, Wrocław, Poznań, Gdańsk, Katowice, Lublin; London, Dublin, Chicago, Berlin,
    # Oslo) at banks and fintechs (PKO BP, mBank, Santander Bank Polska, Pekao, BLIK, Revolut), telecoms (Orange Polska,
    # Play, Plus, T-Mobile), retailers and e-commerce (Allegro, InPost, LPP, CCC, Biedronka, Żabka, Lidl, Rossmann),
    # food and drink makers (Maspex, Wedel, Żywiec, Tymbark, Mlekovita), games studios (CD Projekt, Techland), LOT,
    # media houses and agencies on CIM Level 6 and 7 courses and MBAs (laws as "Ustawa z dnia 16 lipca 2004 r. – Prawo
    # telekomunikacyjne" and "Dz.U. 2014 poz. 827", RODO, UOKiK decisions, KNF recommendations, NBP rates and GUS
    # figures, zł, PLN and złoty, Polish dates, Tłusty Czwartek, Dzień Kobiet, Black Week, Mikołajki, Wigilia, All
    # Saints and 11 November, KRS, NIP and REGON numbers, WSE tickers, games, products, slogans, awards, festivals,
    # founders, professors and sportspeople with their years who are no authors); Polish and international journals with
    # up to eight authors, textbooks and e-books (PWN, C.H. Beck, Oficyna SGH), chapters, theses from SGH, Kozminski,
    # the Jagiellonian and Poznań UEB, conference papers, company pages, posts, videos and reports with their legal
    # forms (S.A., SA, sp. z o.o., sp.k.), trade bodies, UOKiK, UKE, KNF, NBP and GUS, laws with the Sejm as author,
    # research firms, the Polish and diaspora press signed and unsigned, podcasts, Polish titles with English in square
    # brackets; Polish names with and without their diacritics, masculine and feminine surname forms, double-barrelled
    # and shared surnames, anglicised diaspora names and expatriate names). Held out for its first tables (stop 37),
    # development data since. Seeds from 140000.
    "blind136": range(140000, 140000 + 100),
    "blind136-more": range(140000 + 100, 140000 + 400),
    # "blind137" is a hundred-and-thirty-seventh independent pool (blind137_works.py, blind137_text.py), written by a
    # hundred-and-thirty-seventh hand without reading the checker, its tests or the other pools: marketers in Ukraine
    # and its diaspora (Kyiv, Lviv, Kharkiv, Odesa, Dnipro, Zaporizhzhia, Vinnytsia, Ivano-Frankivsk; Warsaw, Kraków,
    # Berlin, Prague, Toronto, London) at banks and fintechs (PrivatBank, monobank, Oschadbank, PUMB, Raiffeisen Bank
    # Ukraine), telecoms (Kyivstar, Vodafone Ukraine, lifecell), retailers and e-commerce (Rozetka, Prom.ua, Silpo, ATB,
    # Epicentr, Comfy, Foxtrot), delivery firms (Nova Poshta, Ukrposhta, Glovo, Bolt Food), food and drink makers
    # (Roshen, Obolon, MHP, Nemiroff), IT outsourcers (EPAM, SoftServe, GlobalLogic), media houses and agencies on CIM
    # Level 6 and 7 courses and MBAs (laws as "Law of Ukraine No. 1089-IX" and "Law of Ukraine No. 270/96-VR",
    # resolutions of the Cabinet of Ministers and the NBU by number, UAH, hryvnia and ₴ with "bn", NBU rates,
    # martial-law and curfew dates, air-raid alerts, blackout schedules and Invincibility Points, Independence Day (24
    # August), Christmas (25 December), Easter and Black Friday, dotted dates and Ukrainian month names, EDRPOU codes,
    # FOP groups, legal forms in brackets, tariffs, product models, awards, festivals, streets and Nova Poshta branches,
    # historical figures, founders and sportspeople with their years, interviewees and participants, none of them
    # authors); Ukrainian and international journals with up to eight authors (Business Perspectives and Sumy DOIs),
    # textbooks and e-books, Ukrainian textbooks in transliteration and Cyrillic with English in square brackets,
    # chapters, conference papers, theses from KNEU, Shevchenko University, KSE, UCU and Lviv Polytechnic, company pages
    # and reports (JSC, PrJSC, PJSC, TOV, LLC, SE), trade bodies, the National Bank of Ukraine, the NKEK, the State
    # Statistics Service, Diia and ministries, laws and resolutions with the Verkhovna Rada, the Cabinet of Ministers or
    # the NBU as author, research firms (Kantar Ukraine, Gradus, Factum, KIIS), the Ukrainian and diaspora press signed
    # and unsigned, Telegram, LinkedIn and Facebook posts, YouTube videos and podcasts; Ukrainian names in the 2010
    # national transliteration and older systems (Oleksandr/Aleksandr, Yevhen/Evgen), apostrophes (Mar'iana,
    # Podil's'kyi), patronymics typed into given names, feminine forms (-a, -ska), Russian-language forms, Cyrillic
    # names, Polish, German and Canadian diaspora spellings, and expatriate names). Held out for its first tables (stop
    # 37), development data since. Seeds from 141000.
    "blind137": range(141000, 141000 + 100),
    "blind137-more": range(141000 + 100, 141000 + 400),
    # "blind138" is a hundred-and-thirty-eighth independent pool (blind138_works.py, blind138_text.py), written by a
    # hundred-and-thirty-eighth hand without reading the checker, its tests or the other pools: marketers in Kenya,
    # Rwanda and their diaspora (Nairobi, Mombasa, Kisumu, Nakuru, Eldoret, Kigali, Musanze, Rubavu; London,
    # Minneapolis, Dallas, Brussels, Dubai) at banks and SACCOs, telecoms and mobile money (Safaricom and M-Pesa, Airtel
    # Money, MTN Rwanda MoMo), fintech lenders (M-Shwari, Tala, Branch), tea, coffee, flower and dairy firms (Brookside,
    # KTDA), supermarkets (Naivas, Quickmart, Carrefour, Simba), breweries (EABL, Bralirwa), airlines (Kenya Airways,
    # RwandAir), media houses and agencies on CIM Level 6 and 7 courses and MBAs (Acts as "Data Protection Act, 2019
    # (No. 24 of 2019)", Cap. numbers and Kenya Gazette Supplements, Rwandan laws as "Law No 058/2021 of 13/10/2021" and
    # the Official Gazette, CBK circulars and MPC rates, KES, KSh, RWF and Frw with years, Paybill and Till numbers,
    # USSD codes, Madaraka, Mashujaa, Jamhuri, Kwibohora, Umuganura, Umuganda, Ramadan, Eid and Black Friday, NSE and
    # RSE tickers, tariffs, product models, awards, events, founders, presidents and athletes with their years, county
    # codes, flights, matatu routes, streets, Swahili and Kinyarwanda slogans, interviewees, none of them citations);
    # African and international journals with up to eight authors (some with DOIs), textbooks and e-books, chapters,
    # conference papers, theses from the University of Nairobi, Strathmore, Kenyatta, USIU-Africa, Moi, JKUAT and the
    # University of Rwanda, company pages and reports (Ltd, PLC), trade bodies, the CBK, CA, KNBS, ODPC, BNR, RURA and
    # NISR, Acts and laws with the Republic of Kenya, the Parliament of Kenya or the Republic of Rwanda as author,
    # research firms (GeoPoll, TIFA, Infotrak, Ipsos Kenya), the Kenyan and Rwandan press signed and unsigned, posts,
    # YouTube videos and podcasts, undated pages, Swahili and Kinyarwanda titles with English in square brackets;
    # Kikuyu, Luo, Luhya, Kalenjin, Kamba, Kisii, Meru, Swahili-coast and Kenyan-Asian names, apostrophes (Ndung'u,
    # Ochieng', Ng'ang'a), hyphenated and "wa" names, Kinyarwanda names with no family name in either order, and
    # expatriate names). Held out for its first tables (stop 37), development data since. Seeds from 142000.
    "blind138": range(142000, 142000 + 100),
    "blind138-more": range(142000 + 100, 142000 + 400),
    # "blind139" is a hundred-and-thirty-ninth independent pool (blind139_works.py, blind139_text.py), written by a
    # hundred-and-thirty-ninth hand without reading the checker, its tests or the other pools: marketers in Czechia and
    # Slovakia and their diaspora (Prague, Brno, Ostrava, Plzeň, Olomouc, Bratislava, Košice, Žilina; London, Vienna,
    # Munich, Dublin, Toronto) at banks and fintechs (Česká spořitelna, ČSOB, Komerční banka, Tatra banka, Air Bank,
    # Revolut), telecoms (O2, T-Mobile, Vodafone, Orange Slovensko), retailers and e-commerce (Alza, Mall.cz, Rohlík,
    # Notino, Kaufland, Albert, Tesco), food and drink makers (Kofola, Pilsner Urquell, Budvar, Madeta, Hamé, Figaro),
    # carmakers (Škoda, Kia Slovakia), games studios, media houses and agencies on CIM Level 6 and 7 courses and MBAs
    # (laws as "zákon č. 110/2019 Sb." and "zákon č. 18/2018 Z. z.", EU regulations by number, Kč, CZK, € and EUR, ČNB
    # and NBS rates, VAT rates, the SKK changeover, ČTÚ, ÚOOÚ and ČOI decisions, ČSÚ and ŠÚ SR releases, 28 October, 17
    # November, Velikonoce, Christmas markets, name days, Black Friday, dotted Czech dates, IČO and DIČ numbers, legal
    # forms, tickers, tariffs, car models, games, festivals, awards, streets and postcodes, SAPA and večerky, academic
    # titles, founders, artists and sportspeople with their years, interviewees and samples, none of them authors);
    # Czech, Slovak and international journals with up to eight authors, textbooks and e-books (Grada, Computer Press,
    # C. H. Beck, Ekonóm), chapters, conference papers, theses from VŠE, Charles, Masaryk, Tomas Bata and EUBA, company
    # pages and reports (a.s., s.r.o., v.o.s., n.p.), trade bodies, the ČNB, ČTÚ, ÚOOÚ, ČSÚ, NBS and ŠÚ SR, laws with
    # the Czech Parliament or the Slovak National Council as author, research firms, the Czech, Slovak and expat press
    # signed and unsigned, LinkedIn and Instagram posts, podcasts and videos, Czech and Slovak titles with English in
    # square brackets; Czech and Slovak names with and without their diacritics, feminine -ová surnames, foreign wives
    # keeping or dropping them, double surnames, Hungarian, Roma and Vietnamese-Czech names, and expatriate names). Held
    # out for its first tables (stop 37), development data since. Seeds from 143000.
    "blind139": range(143000, 143000 + 100),
    "blind139-more": range(143000 + 100, 143000 + 400),
    # "blind140" is a hundred-and-fortieth independent pool (blind140_works.py, blind140_text.py), written by a
    # hundred-and-fortieth hand without reading the checker, its tests or the other pools: marketers in Azerbaijan and
    # its diaspora (Baku, Ganja, Sumgait, Mingachevir, Lankaran, Sheki, Nakhchivan; Istanbul, Ankara, Moscow, Tbilisi,
    # London, Berlin) at banks and fintechs (Kapital Bank, Birbank, PASHA Bank, ABB, Bank Respublika, m10), telecoms
    # (Azercell, Bakcell, Nar), SOCAR and BP Azerbaijan, retailers and malls (Bravo, Araz, Bazarstore, Port Baku Mall),
    # food and drink makers (Azersun, Sarab, Sirab, Chinar), AZAL, Shahdag and Gabala tourism, media houses and agencies
    # on CIM Level 6 and 7 courses and MBAs (laws as "Law of the Republic of Azerbaijan No. 998-IIIQ", Presidential
    # decrees and orders and Cabinet decisions by number, AZN, manat and ₼, CBAR rates and the 2015 devaluation, Novruz,
    # Ramadan and Gurban bayram with Hijri years, 28 May, 18 October and 20 January, the Baku Formula 1 Grand Prix,
    # Eurovision 2011 and 2012, the European Games and COP29, Azerbaijani month names and dotted dates, VÖEN codes, MMC,
    # ASC and QSC in brackets, tariffs, USSD codes, AZAL flights, awards, festivals, malls, football clubs, the Contract
    # of the Century, historical figures with their years and managers named with oğlu and qızı, none of them authors);
    # Azerbaijani and international journals with up to eight authors, textbooks and e-books from Elm, UNEC and Western
    # publishers, chapters, conference papers, theses from ADA, UNEC, BSU and Khazar, company pages, reports, posts,
    # videos and podcasts, trade bodies, the Central Bank, the State Statistical Committee and ministries, laws with the
    # Milli Məclis or the President as author, research firms, the Azerbaijani, Turkish and Russian press signed and
    # unsigned, Azerbaijani and Russian titles with English in square brackets; Azerbaijani names with and without ə, ğ,
    # ı, ö, ş, ü, ç, in Russian transliteration and in Cyrillic, feminine -ova and -yeva, invariant -li, -lı and -zadə,
    # patronymics typed as middle names, Turkish, Iranian-Azerbaijani and expatriate names). Held out for its first
    # tables (stop 37), development data since. Seeds from 144000.
    "blind140": range(144000, 144000 + 100),
    "blind140-more": range(144000 + 100, 144000 + 400),
    # "blind141" is a hundred-and-forty-first independent pool (blind141_works.py, blind141_text.py), written by a
    # hundred-and-forty-first hand without reading the checker, its tests or the other pools: marketers in Mexico and
    # its diaspora (Mexico City, Guadalajara, Monterrey, Puebla, Querétaro, Mérida, Tijuana, Cancún; Los Angeles,
    # Houston, Chicago, Madrid) at banks and fintechs (BBVA México, Banorte, Nu México, Mercado Pago, Klar), telecoms
    # (Telcel, AT&T México, Izzi, Totalplay), retailers and e-commerce (Walmart de México, OXXO, Liverpool, Coppel,
    # Elektra, Mercado Libre), food and drink makers (Bimbo, Grupo Modelo, FEMSA, Jumex, Lala, Sabritas), airlines
    # (Aeroméxico, Volaris, Viva Aerobus), Televisa, TV Azteca and agencies on CIM Level 6 and 7 courses and MBAs (laws
    # with their DOF dates, NOM standards, pesos, MXN and $ before amounts, Banxico rates and the super peso, inflation,
    # El Buen Fin and Hot Sale editions, Día de Muertos, 16 September, Navidad and Reyes, dotted, slashed and Spanish
    # dates, S.A.B. de C.V. and S. de R.L. de C.V., RFC codes, BMV tickers, tariffs, phones, flights, Effies and Cannes
    # Lions, presidents, founders and artists with their years, Liga MX and the 2026 World Cup, interviewees, focus
    # groups and samples, AMAI NSE levels, states, postcodes, Metro lines, festivals, telenovelas, PROFECO, IFT,
    # CONDUSEF and REPEP, the USMCA, rankings, terms and hashtags, none of them authors); Mexican, Latin American and
    # international journals with up to eight authors, textbooks and e-books from Mexican and Western publishers,
    # chapters, conference papers, theses from UNAM, ITAM, the Tec, the Ibero, the UdeG, the UANL, the Anáhuac and the
    # UDLAP, company pages, reports, posts, videos and podcasts, trade bodies (AMVO, AMAI, ANTAD, CONAR), PROFECO, the
    # IFT, Banxico, INEGI, CONDUSEF and ministries with two reports in a year, laws with the Congreso de la Unión as
    # author, research firms, the Mexican, US and Spanish press signed and unsigned, Spanish titles with English in
    # square brackets; Mexican names with two surnames, hyphenated or with the maternal one cut to an initial, compound
    # given names, de, del, de la and de los, Nahuatl, Maya and Lebanese-Mexican names, Mexican-American names without
    # accents, and expatriate names). Held out for its first tables (stop 37), development data since. Seeds from
    # 145000.
    "blind141": range(145000, 145000 + 100),
    "blind141-more": range(145000 + 100, 145000 + 400),
    # "blind142" is a hundred-and-forty-second independent pool (blind142_works.py, blind142_text.py), written by a
    # hundred-and-forty-second hand without reading the checker, its tests or the other pools: marketers in Bangladesh
    # and its diaspora (Dhaka, Chattogram, Sylhet, Khulna, Rajshahi, Gazipur, Narayanganj, Cox's Bazar; Tower Hamlets,
    # Birmingham, New York, Toronto, Dubai, Kuala Lumpur) at banks and mobile financial services (BRAC Bank,
    # Dutch-Bangla Bank, City Bank, bKash, Nagad, Rocket), telecoms (Grameenphone, Robi, Banglalink, Teletalk), garment
    # exporters, FMCG and food makers (PRAN-RFL, Square, ACI, Akij), e-commerce and ride-hailing (Daraz, Chaldal,
    # Pathao, Foodpanda), pharmaceuticals, media houses and agencies on CIM Level 6 and 7 courses and MBAs (Acts as
    # "Digital Security Act, 2018 (Act No. 46 of 2018)", SROs, Bangladesh Bank circulars and BSEC directives, BDT, Tk
    # and ৳ in lakh and crore, Bengali and Hijri dates, Pohela Boishakh, Eid, Durga Puja, 21 February, 26 March and 16
    # December, USSD codes and data packs, DSE codes, awards, fairs, the BPL, Rana Plaza, the Padma Bridge, historical
    # figures with their years and managers who are not authors); Bangladeshi and international journals with up to
    # eight authors, textbooks and e-books from Dhaka and Western publishers, chapters, conference papers, theses from
    # IBA, NSU, BRAC, EWU and JU, company pages and reports (Ltd, PLC), trade bodies, Bangladesh Bank, the BTRC, the BBS
    # and the BSEC, Acts with the Government as author, research firms, the Dhaka and diaspora press signed and
    # unsigned, posts, videos and podcasts, Bengali titles transliterated and in Bengali script with English in square
    # brackets; Md., Mohammad, Mst. and Syed names, Rahman/Rahaman, Hossain/Hussain/Hosen and Chowdhury/Choudhury,
    # Hindu, Barua, Chakma and Marma names, and expatriate names). Held out for its first tables (stop 37), development
    # data since. Seeds from 146000.
    "blind142": range(146000, 146000 + 100),
    "blind142-more": range(146000 + 100, 146000 + 400),
    # "blind143" is a hundred-and-forty-third independent pool (blind143_works.py, blind143_text.py), written by a
    # hundred-and-forty-third hand without reading the checker, its tests or the other pools: marketers in Ireland,
    # Northern Ireland and their diaspora (Dublin, Cork, Galway, Limerick, Waterford, Belfast, Derry, Letterkenny;
    # London, Boston, New York, Sydney, Toronto) at banks and credit unions (AIB, Bank of Ireland, PTSB, Revolut),
    # telecoms (Eir, Vodafone Ireland, Three), retailers (Dunnes Stores, SuperValu, Tesco Ireland, Penneys/Primark),
    # food and drink makers (Kerrygold, Glanbia, Tayto, Guinness, Jameson, Barry's Tea), Ryanair and Aer Lingus, tourism
    # bodies, media houses (RTÉ, TG4, The Irish Times) and agencies on CIM Level 6 and 7 courses and MBAs (Acts as "Data
    # Protection Act 2018 (No. 7 of 2018)", S.I. numbers, UK Acts by chapter in Northern Ireland, €, EUR and £, St
    # Patrick's Day, Bloomsday, Samhain, the Leaving Cert, Christmas and the Late Late Toy Show, GAA finals, Brexit and
    # the Good Friday Agreement, Eircodes, CRO numbers, ISEQ tickers, ComReg and ASAI decisions, CSO releases, tariffs,
    # flights, awards, festivals, streets, founders, ministers, presenters and sportspeople with their years,
    # interviewees and samples, none of them citations); Irish and international journals with up to eight authors,
    # textbooks and e-books (Gill, Oak Tree Press, Cork University Press, An Gúm), chapters, theses from TCD, UCD, the
    # University of Galway, DCU, TU Dublin, UCC, UL, Queen's and Ulster University, conference papers, company pages and
    # reports (plc, DAC, CLG, Teo., Ltd), trade bodies, the Central Bank of Ireland, ComReg, the CSO, Bord Bia, Fáilte
    # Ireland, Tourism Ireland, the ASAI, NISRA and Invest NI, Acts and S.I.s with the Government of Ireland, the
    # Oireachtas, the Irish Statute Book or the UK Parliament as author, research firms (Red C, Behaviour & Attitudes,
    # Amárach), the Irish, Northern Irish and diaspora press signed and unsigned, posts, videos and podcasts, undated
    # pages, Irish titles with English in square brackets; Irish names in Irish and in English (Ó Súilleabháin and
    # O'Sullivan, Ní Bhriain, Nic Giolla Phádraig, Mac and Mc), fadas written and dropped, Ulster-Scots names, Polish,
    # Brazilian and Indian names of new Irish, and diaspora and expatriate names). Held out for its first tables (stop
    # 37), development data since. Seeds from 147000.
    "blind143": range(147000, 147000 + 100),
    "blind143-more": range(147000 + 100, 147000 + 400),
    # "blind144" is a hundred-and-forty-fourth independent pool (blind144_works.py, blind144_text.py), written by a
    # hundred-and-forty-fourth hand without reading the checker, its tests or the other pools: marketers in francophone
    # West Africa and their diaspora (Dakar, Thiès, Saint-Louis, Abidjan, Bouaké, Yamoussoukro, Bamako, Sikasso,
    # Ouagadougou, Bobo-Dioulasso, Conakry, Lomé, Cotonou; Paris, Lyon, Brussels, Montréal, New York) at banks and
    # microfinance (Ecobank, SGBCI, Coris Bank, Wave), telecoms and mobile money (Orange Money, MTN MoMo, Moov Africa,
    # Free Sénégal), cocoa, cashew, cotton and shea exporters, brewers and bottlers (Solibra, Brakina), supermarkets,
    # airlines (Air Côte d'Ivoire, Air Sénégal), media houses and agencies on CIM Level 6 and 7 courses and MBAs (laws
    # as "Loi n° 2013-450 du 19 juin 2013", décrets, arrêtés, OHADA's Uniform Acts, BCEAO instructions, UEMOA
    # regulations and ARTCI decisions, FCFA and XOF amounts with spaces, the euro peg and the 1994 devaluation, Tabaski,
    # Korité, the Magal de Touba and Hijri dates, independence days, FESPACO and the CAN, USSD codes, phone numbers,
    # RCCM, NINEA and IFU numbers, BRVM tickers, tariff grids, flights, beer bottles, cocoa and cashew campaigns,
    # awards, fairs, districts, post-office boxes, censuses, national plans, radio frequencies, TV series, historical,
    # religious and sporting figures with their years and respondents, none of them citations); African, French and
    # international journals with up to eight authors, textbooks and e-books (L'Harmattan, Karthala, Dunod, De Boeck,
    # NEI-CEDA, Pearson), chapters, theses and mémoires from UCAD, the Université Félix Houphouët-Boigny, the Université
    # Joseph Ki-Zerbo, the USSGB and diaspora universities, conference papers, working papers, company pages and reports
    # (SA, SARL, SAS, GIE, SCOOPS), trade bodies, the BCEAO, the UEMOA Commission, ARTP, ARTCI, ARCEP and the statistics
    # institutes, laws and Uniform Acts with the State, OHADA or the BCEAO as author, research firms, the regional and
    # French press signed and unsigned, posts, videos and podcasts, undated pages, French, Wolof and Bambara titles with
    # English in square brackets; Wolof, Serer, Pulaar, Mandinka, Bambara, Soninke, Baoulé, Dioula, Mossi, Fon and Ewe
    # names with and without their accents, N'Guessan and N’Diaye, family names in capitals, "épouse" and "dit" names,
    # de Souza and d'Almeida, and French, Belgian, Québécois and Lebanese expatriates). Held out for its first tables
    # (stop 38), development data since. Seeds from 148000.
    "blind144": range(148000, 148000 + 100),
    "blind144-more": range(148000 + 100, 148000 + 400),
    # "blind145" is a hundred-and-forty-fifth independent pool (blind145_works.py, blind145_text.py), written by a
    # hundred-and-forty-fifth hand without reading the checker, its tests or the other pools: marketers in Myanmar and
    # its diaspora (Yangon, Mandalay, Naypyitaw, Taunggyi, Mawlamyine, Bago; Bangkok, Mae Sot, Singapore, Kuala Lumpur,
    # Fort Wayne, Sydney) at banks and mobile money (KBZ, AYA, CB Bank, Yoma, Wave Money, KBZPay), telecoms (MPT,
    # Ooredoo/U9, ATOM, Mytel), breweries and drinks makers, tea-leaf and rice traders, supermarkets (City Mart, Ocean),
    # jade and gems dealers, airlines, media houses, NGOs and agencies write CIM Level 6 and 7 reports and MBA
    # assignments (kyat as MMK and K with lakhs and crores, Myanmar Era years, Thingyan, Thadingyut and Tazaungdaing,
    # laws as "Pyidaungsu Hluttaw Law No. 29/2017", CBM and PTD notifications, DICA registration numbers, YSX codes,
    # USSD codes, SIM prices, viss and carats, Burmese digits and glosses, flights, awards, fairs, elections, founders
    # and public figures with their years, who are no citations); Myanmar and international journals with up to eight
    # authors, textbooks and e-books, chapters, conference papers, theses from the Yangon, Mandalay and Monywa
    # universities of economics and diaspora universities, working papers, company pages and reports (Co., Ltd., Public
    # Co., Ltd.), trade bodies and NGOs, the Central Bank of Myanmar, the PTD, DICA, the MIC and the CSO, laws with the
    # Pyidaungsu Hluttaw or the Republic of the Union of Myanmar as author, notifications, research firms, the Myanmar
    # and regional press signed and unsigned, Facebook posts, videos and podcasts, undated pages, Burmese titles
    # romanised with English in square brackets; Burmese names with no family name held whole ("Khin Maung Nyunt", "U
    # Hla Myint", "Daw Tin Tin Aye") or cut at the last syllable by Western databases ("Nyunt, K.M."), Shan, Karen,
    # Kachin (N'Hkum), Chin, Mon and Rakhine names, Chinese- and Indian-Burmese names, and diaspora and expatriate
    # names). Held out for its first tables (stop 38), development data since. Seeds from 149000.
    "blind145": range(149000, 149000 + 100),
    "blind145-more": range(149000 + 100, 149000 + 400),
    # "blind146" is a hundred-and-forty-sixth independent pool (blind146_works.py, blind146_text.py), written by a
    # hundred-and-forty-sixth hand without reading the checker, its tests or the other pools: marketers in Serbia,
    # Croatia, Bosnia and Herzegovina, Montenegro, North Macedonia and Slovenia and their diaspora (Belgrade, Novi Sad,
    # Niš, Zagreb, Split, Rijeka, Sarajevo, Banja Luka, Mostar, Podgorica, Skopje, Ljubljana; Vienna, Munich, Zurich,
    # Chicago, Toronto) at banks (Banca Intesa, UniCredit, NLB, Raiffeisen), telecoms (mts/Telekom Srbija, Hrvatski
    # Telekom, A1, Yettel), retailers (Konzum, Mercator, Maxi, Idea), food and drink makers (Podravka, Atlantic Grupa,
    # Kraš, Jelen, Zlatorog), airlines, tourism boards, media houses and agencies on CIM Level 6 and 7 courses and MBAs
    # (laws by gazette and number: "Službeni glasnik RS, br. 87/2018", "NN 42/18", "Uradni list RS, št. 163/22", EU
    # instruments, d.o.o., d.d., a.d., DOOEL and s.p., MB, PIB and OIB numbers, RSD and din., HRK and EUR, KM and MKD,
    # NBS rates, Slava, Orthodox Christmas, Bajram, Exit, Guča and the Sarajevo Film Festival, the tourist season, dates
    # written 15.03.2023., RATEL and HAKOM decisions and KLASA codes, tickers, flights, addresses, products, athletes,
    # singers, founders, awards, tariffs, interviewees and samples, none of them citations); regional and international
    # journals with up to eight authors, textbooks and e-books from Belgrade, Zagreb, Ljubljana and Western publishers,
    # chapters, theses from the Universities of Belgrade, Zagreb, Sarajevo, Novi Sad, Split, Banja Luka, Montenegro and
    # Ljubljana and Ss. Cyril and Methodius University, conference papers, company pages and reports, trade bodies and
    # tourism boards, the NBS, RATEL, HAKOM, HNB, the RZS, the DZS and other statistical offices, laws with the assembly
    # or the state as author, research firms (Ipsos, Valicon, Nielsen, Mediana), the regional and diaspora press signed
    # and unsigned, posts, videos and podcasts, undated pages, Serbian, Croatian, Slovenian and Macedonian titles with
    # English in square brackets; South Slavic names with their diacritics and in the diaspora's spellings (Đorđević,
    # Djordjevic, Dordevic, Jovanovich), Cyrillic beside Latin, Macedonian -ski and -ska names, Albanian names, married
    # women's double surnames, and expatriate names). Held out for its first tables (stop 38), development data since.
    # Seeds from 150000.
    "blind146": range(150000, 150000 + 100),
    "blind146-more": range(150000 + 100, 150000 + 400),
    # "blind147" is a hundred-and-forty-seventh independent pool (blind147_works.py, blind147_text.py), written by a
    # hundred-and-forty-seventh hand without reading the checker, its tests or the other pools: marketers in Brazil and
    # its diaspora (São Paulo, Rio de Janeiro, Belo Horizonte, Porto Alegre, Curitiba, Recife, Salvador, Fortaleza,
    # Manaus, Brasília; Lisbon, Porto, Miami, Boston, Tokyo, London) at banks and fintechs (Itaú, Bradesco, Banco do
    # Brasil, Caixa, Nubank, Inter, PicPay), telecoms (Vivo, Claro, TIM), retailers and marketplaces (Magazine Luiza,
    # Casas Bahia, Americanas, Mercado Livre, Renner, Riachuelo), food, drink and beauty makers (Ambev, JBS, BRF,
    # Natura, O Boticário, Havaianas), airlines (LATAM, GOL, Azul), media groups (Globo, Record, Folha, Estadão) and
    # agencies on CIM Level 6 and 7 courses and MBAs (laws as "Lei nº 13.709, de 14 de agosto de 2018 (LGPD)" and
    # "Decreto nº 7.962/2013", Banco Central, Anatel, ANPD and CONAR rulings, Procon fines, reais as R$ and BRL with
    # decimal commas, Selic, IPCA and exchange rates, the census, Carnaval, Festa Junina, Black Friday, Dia dos
    # Namorados and other seasonal dates, dates written 15/03/2024, CNPJ numbers, CEPs and phone numbers with the area
    # code in brackets, B3 tickers, S.A., S/A, Ltda., ME, MEI and EIRELI, mergers and founding years, founders,
    # celebrities, telenovelas, reality shows, football, festivals, awards, slogans, products, flights, coupons,
    # handles, samples and interviewees, social classes, taxes, immigration history and diaspora events, none of them
    # citations); Brazilian and international journals with up to eight authors, textbooks and e-books (Atlas, Saraiva,
    # FGV Editora, Bookman, Elsevier, Kogan Page), chapters, theses, dissertations and TCCs from USP, FGV, Unicamp,
    # UFRJ, UFMG and PUC-Rio and diaspora universities, EnANPAD, EMA and SemeAd papers, company pages, annual, ESG and
    # 20-F reports, trade bodies (FEBRABAN, ABComm, Sebrae), the BCB, IBGE, Anatel, ANPD, Procon, CONAR and ministries,
    # laws with "Brasil" or the regulator as author, research firms (Kantar IBOPE Media, NielsenIQ Ebit, Datafolha,
    # Instituto Locomotiva), the Brazilian, Portuguese and diaspora press signed and unsigned, posts, videos and
    # podcasts, undated pages, Portuguese titles with English in square brackets; Brazilian names with several surnames
    # filed by the last ("Silva, M.A. de S."), de, da, do, dos and das before the surname, Filho, Júnior, Neto and
    # Sobrinho filed with it, names with and without their accents (Conceição and Conceicao), Japanese-, Italian-,
    # German-, Lebanese- and Portuguese-Brazilian names, and expatriate names). Held out for its first tables (stop 38),
    # development data since. Seeds from 151000.
    "blind147": range(151000, 151000 + 100),
    "blind147-more": range(151000 + 100, 151000 + 400),
    # "blind148" is a hundred-and-forty-eighth independent pool (blind148_works.py, blind148_text.py), written by a
    # hundred-and-forty-eighth hand without reading the checker, its tests or the other pools: marketers in South Korea
    # and its diaspora (Seoul, Busan, Incheon, Daegu, Daejeon, Gwangju, Suwon, Jeju; Los Angeles, New York, Toronto,
    # Sydney, Almaty, Tashkent) at the chaebol and their affiliates (Samsung, Hyundai, LG, SK, Lotte, CJ), banks and
    # fintechs (KB Kookmin, Shinhan, Woori, Hana, Kakao Bank, Toss), telecoms (SK Telecom, KT, LG U+), platforms (Naver,
    # Kakao, Coupang, Baemin), cosmetics and food makers (Amorepacific, Innisfree, Nongshim, Orion, Binggrae), K-pop
    # agencies (HYBE, SM, JYP, YG), airlines (Korean Air, Asiana, Jeju Air) and agencies on CIM Level 6 and 7 courses
    # and MBAs (won as "₩3.2 trillion", "KRW 45 billion", 억 and 만 counts, laws by Act number and Enforcement Decrees by
    # Presidential Decree number, KFTC and KCC decisions, the Bank of Korea's base rate, Seollal, Chuseok, Pepero Day,
    # the suneung and the dol, lunar dates, dates written 2023.09.28. and 2023년 9월 28일, Hangul beside brands, Co., Ltd.
    # and (주), stock codes, business registration numbers, flights, phones, cars, albums, dramas, films, idols,
    # founders, executives, awards, interviewees and samples, none of them citations); Korean and international journals
    # with up to eight authors, textbooks and e-books from Seoul, Paju and Western publishers, chapters, theses from
    # Seoul National University, Yonsei, Korea University, KAIST, Ewha and others, conference papers, company pages and
    # reports, trade bodies, the Bank of Korea, KOSTAT, the KCC, the KFTC, KOCCA, KOTRA and ministries, laws with their
    # Act numbers, research firms, the Korean and diaspora press signed and unsigned, posts, videos and podcasts,
    # undated pages, Korean titles romanised with English in square brackets; Korean names with their given names
    # hyphenated, as one word or as two, pre-initialised ("Kim, M.-J.") or filed whole ("Kim Min-jun"), romanisation
    # variants (Lee, Yi, Rhee; Park, Pak, Bak; Choi, Choe; Jung, Jeong, Chung), compound family names (Namgung, Sunwoo),
    # McCune-Reischauer breves (Chŏng, Sŏ), Western given names used abroad, Korean-Chinese names in pinyin (Piao, Jin,
    # Cui), Koryo-saram names in Russian spelling (Tsoi, Ten), and expatriate names). Held out for its first tables
    # (stop 38), development data since. Seeds from 152000.
    "blind148": range(152000, 152000 + 100),
    "blind148-more": range(152000 + 100, 152000 + 400),
    # "blind149" is a hundred-and-forty-ninth independent pool (blind149_works.py, blind149_text.py), written by a
    # hundred-and-forty-ninth hand without reading the checker, its tests or the other pools: marketers in Türkiye and
    # its diaspora (Istanbul, Ankara, İzmir, Bursa, Antalya, Gaziantep, Konya, Trabzon; Berlin, Amsterdam, Vienna,
    # London, Baku, New Jersey) at banks and fintechs (İş Bankası, Garanti BBVA, Akbank, Ziraat, Papara), telecoms
    # (Turkcell, Türk Telekom, Vodafone Türkiye), marketplaces and retailers (Trendyol, Hepsiburada, BİM, Migros, A101,
    # LC Waikiki, Koton), food and drink makers (Ülker, Eti, Efes, Pınar, Torku), airlines (Turkish Airlines, Pegasus,
    # AJet), holdings (Koç, Sabancı) and agencies on CIM Level 6 and 7 courses and MBAs (laws by number, "6698 sayılı
    # Kanun", "Law No. 6563", and Resmî Gazete issues, Reklam Kurulu, Competition Board and KVKK decisions, EU
    # instruments, lira as TL, ₺ and TRY with dots for thousands and commas for decimals, "%45", policy and exchange
    # rates, TÜFE (2003=100), Ramazan and Kurban Bayramı, Hijri years, 29 October, Efsane Cuma and 11.11, founders,
    # writers, footballers, series, films, songs, campaigns, awards, summits, the 2023 earthquakes, elections, BIST
    # tickers, flights, aircraft, products, clubs, plates, phone, MERSİS, İYS and IBAN codes, addresses, universities,
    # cohorts, interviewees, samples, 9A24 quarters, generations, the 1961 recruitment agreement, hashtags, ratings, TSİ
    # times and GS1 barcodes, none of them citations); Turkish and international journals with up to eight authors, some
    # with DOIs and some read on DergiPark, textbooks and e-books from Ankara and Istanbul publishers and Western ones,
    # chapters, theses from Boğaziçi, ODTÜ (METU), Istanbul, Bilkent, Koç and regional and diaspora universities (YÖK
    # Tez Merkezi), Ulusal Pazarlama Kongresi and other conference papers, company pages and reports (A.Ş., T.A.Ş.,
    # A.O., Ltd. Şti.), trade bodies, the TCMB, BTK, TÜİK, KVKK, the Reklam Kurulu, the Rekabet Kurumu, the BDDK, RTÜK
    # and ministries, laws with the Resmî Gazete, the TBMM or the Republic as author, research firms (KONDA, Ipsos,
    # Nielsen, Kantar, Statista), the Turkish and diaspora press signed and unsigned, posts, videos and podcasts,
    # undated pages, Turkish titles with English in square brackets; Turkish names with their letters and without them
    # (Yılmaz and Yilmaz, Öztürk and Ozturk), two given names, maiden and married surnames together ("Kaya Demir") or
    # hyphenated, -oğlu names, Kurdish, Laz, Armenian, Rum and Azerbaijani names, German- and Dutch-Turkish names and
    # expatriates). Held out for its first tables (stop 38), development data since. Seeds from 153000.
    "blind149": range(153000, 153000 + 100),
    "blind149-more": range(153000 + 100, 153000 + 400),
    # "blind150" is a hundred-and-fiftieth independent pool (blind150_works.py, blind150_text.py), written by a
    # hundred-and-fiftieth hand without reading the checker, its tests or the other pools: marketers in Pakistan and its
    # diaspora (Karachi, Lahore, Islamabad, Rawalpindi, Faisalabad, Multan, Peshawar, Quetta, Sialkot; Dubai,
    # Manchester, Bradford, Birmingham, Toronto, Houston) at banks and fintechs (HBL, UBL, MCB, Meezan, Easypaisa,
    # JazzCash, SadaPay), telecoms (Jazz, Zong, Telenor, Ufone), FMCG and food makers (Nestlé Pakistan, Engro, National
    # Foods, Shan, K&N's, Tapal, Olper's), apparel exporters (Gul Ahmed, Khaadi, Sapphire, Nishat), retailers and
    # marketplaces (Daraz, Imtiaz, Naheed), airlines (PIA, Airblue, SereneAir), media houses and agencies on CIM Level 6
    # and 7 courses and MBAs (rupees as Rs, Rs. and PKR in lakh and crore, FY2023-24, laws with their Act numbers ("Act
    # No. XL of 2016") and sections, SROs, SBP circulars, Hijri dates, Ramazan, the two Eids, 14 August, PSL seasons,
    # White Friday, dramas, songs, celebrities, founders, PSX tickers, USSD, CNIC, NTN and IBAN codes, flights,
    # aircraft, products, app versions, campaigns, awards, expos, cricket, floods, elections, lockdowns, exchange,
    # policy and CPI figures, the census, samples, quarters, shares, cohorts, interviewees, addresses, legal forms,
    # standards, hashtags, PKT times, diaspora figures, channels, spectrum auctions and metro lines, none of them
    # citations); Pakistani and international journals with up to eight authors, some with DOIs, textbooks and e-books
    # from Karachi and Lahore publishers and Western ones, chapters, theses from LUMS, IBA Karachi, the University of
    # the Punjab, NUST, Quaid-i-Azam and diaspora universities, conference papers, company pages and reports ((Pvt.)
    # Ltd., (Private) Limited, Ltd., SMC-Pvt. Ltd.), trade bodies, the SBP, SECP, PTA, PEMRA, PBS, the Competition
    # Commission and ministries, laws and SROs with the Government or an Assembly as author, research firms, the
    # Pakistani and diaspora press signed and unsigned, posts, videos and podcasts, undated pages, Urdu titles romanised
    # with English in square brackets; Pakistani names given-name-first with their spelling variants (Muhammad,
    # Mohammad, Muhammed, Mohd.; Qureshi, Qureshy, Kureshi; Chaudhry, Chaudhary, Choudhry), particles that stay with the
    # family name ("ul Haq", "ud Din"), hyphenated ones ("Ud-Din", "Abdul-Rehman"), names of one word, names filed whole
    # with their honorifics ("Haji Muhammad Aslam", "Dr. Ishrat Husain"), Pashto, Sindhi, Punjabi, Balochi and Urdu
    # names, Christian and Parsi names, and expatriates). Held out for its first tables (stop 38), development data
    # since. Seeds from 154000.
    "blind150": range(154000, 154000 + 100),
    "blind150-more": range(154000 + 100, 154000 + 400),
    # "blind151" is a hundred-and-fifty-first independent pool (blind151_works.py, blind151_text.py), written by a
    # hundred-and-fifty-first hand without reading the checker, its tests or the other pools: marketers in Sri Lanka,
    # the Maldives and their diaspora (Colombo, Kandy, Galle, Jaffna, Negombo, Kurunegala, Batticaloa, Malé, Addu City;
    # Melbourne, Toronto, London, Doha, Dubai, Chennai) at banks and finance companies (Commercial Bank of Ceylon,
    # Sampath, HNB, BOC, People's Bank, Bank of Maldives), telecoms (Dialog, SLT-Mobitel, Airtel Lanka, Ooredoo
    # Maldives, Dhiraagu), conglomerates (John Keells, Hayleys, Cargills, Hemas, Aitken Spence, Dilmah, MAS), tea
    # exporters, resorts, apparel makers, airlines and agencies on CIM Level 6 and 7 courses and MBAs (Acts numbered
    # "No. 9 of 2022", gazette notifications, Maldivian laws "No. 4/2020", rupees as Rs. and LKR and rufiyaa as MVR and
    # Rf, exchange, policy and inflation rates, FY 2023/24, CCPI (2021=100), census and HIES waves, Avurudu nakath, poya
    # days, the Esala Perahera, Deepavali, Ramadan, Hijri and Buddhist-era years, cricketers, founders, chairmen,
    # ambassadors, awards, expos, teledramas, songs, the LPL, the 2019 attacks, the Aragalaya and the tsunami, flights,
    # aircraft, tea grades and auctions, products, CSE tickers, company numbers, short codes, addresses, atolls, NICs,
    # VAT, interviewees, cohorts, samples, hashtags, slogans and diaspora censuses, none of them citations); Lankan and
    # international journals with up to eight authors, some with DOIs (10.4038 for Sri Lanka Journals Online), textbooks
    # and e-books from Colombo, Nugegoda, Malé and Western publishers, chapters, theses from Colombo, Sri
    # Jayewardenepura, Moratuwa, Kelaniya, Jaffna, the PIM and the Maldives National University, conference papers
    # (ICBM, IRCMF, KICM, ICBR), company pages and reports (PLC, (Pvt) Ltd, Limited), trade bodies (SLIM, the Tea Board,
    # JAAF, MATI), the CBSL, TRCSL, CAA, DCS, SLTDA, MMA and ministries, laws with the Parliament, the Government or the
    # People's Majlis as author, research firms (Kantar, Nielsen, LIRNEasia, Verité Research, DataReportal), the Lankan,
    # Maldivian and diaspora press signed and unsigned, posts, videos and podcasts, undated pages, Sinhala, Tamil and
    # Dhivehi titles romanised with English in square brackets; Sinhala names with ge-names kept whole ("Herath
    # Mudiyanselage") or as initials ("Wickramasinghe, W.M.D.P."), Tamil names with the father's name as surname or
    # initial, Muslim and Burgher names ("de Silva", "Macan Markar", "Van Langenberg"), Maldivian names with no surname
    # written whole ("Aishath Shifaza") and expatriates). Held out for its first tables (stop 38), development data
    # since. Seeds from 155000.
    "blind151": range(155000, 155000 + 100),
    "blind151-more": range(155000 + 100, 155000 + 400),
    # "blind152" is a hundred-and-fifty-second independent pool (blind152_works.py, blind152_text.py), written by a
    # hundred-and-fifty-second hand without reading the checker, its tests or the other pools: marketers in Argentina,
    # Chile and their diaspora (Buenos Aires, Córdoba, Rosario, Mendoza, Mar del Plata, Salta, Santiago, Valparaíso,
    # Concepción, Antofagasta, Puerto Montt; Madrid, Barcelona, Miami, Sydney) at banks and fintechs (Banco Galicia,
    # Santander, BBVA Argentina, Mercado Pago, Ualá, Banco de Chile, BancoEstado), telecoms (Personal, Claro, Movistar,
    # Entel, WOM), retailers (Falabella, Cencosud, Ripley, Coto, La Anónima), food, wine and drink makers (Arcor,
    # Quilmes, Havanna, Concha y Toro, CCU, Santa Rita), airlines (Aerolíneas Argentinas, LATAM, JetSMART, Sky) and
    # agencies on CIM Level 6 and 7 courses and MBAs (laws by number, "Ley 25.326" and "Ley N° 19.628", decretos,
    # resoluciones and BCRA communications, regulators in brackets, pesos as $, ARS and CLP with dots for thousands, the
    # UF, the dólar blue, inflation and exchange rates with decimal commas, Fiestas Patrias, the Día de la
    # Independencia, Hot Sale, CyberDay and CyberMonday, the World Cup and the Copa América, footballers, founders,
    # presidents' terms, the corralito, the estallido social, 27F, the plebiscite, brands' founding years, wine
    # vintages, products, pack sizes, flights, aircraft, tickers, CUIT and RUT numbers, phones and addresses, awards,
    # campaigns, films, songs, poets, interviewees, samples, quarters, generations, MBA cohorts, hashtags, app ratings,
    # We Tripantu, World Heritage places, clubs, cuotas plans, careers, ISO standards, trademarks and TV ratings, none
    # of them citations); Latin American and international journals with up to eight authors, some with DOIs and some
    # read on SciELO, textbooks and e-books from Santiago, Buenos Aires, Madrid and Western publishers, chapters, theses
    # from the UBA, the Universidad de Chile, the PUC, the UTDT, San Andrés and others, congress papers (ENPROMKT,
    # CLADEA, BALAS), company pages and reports (S.A., S.A.U., S.A.I.C., S.R.L., SpA, Ltda.), chambers and trade bodies
    # (CACE with two reports of 2019), the BCRA, CNV, ENACOM, INDEC, SERNAC, SUBTEL, INE and CMF, laws with the
    # Republic, the Congress or the BCN as author, research firms (Kantar IBOPE Media, Cadem, Criteria, GfK Adimark,
    # D'Alessio IROL), the Argentine, Chilean and Spanish press signed and unsigned, posts, videos and podcasts, undated
    # pages, Spanish titles with English in square brackets; Spanish double surnames filed by the first ("González
    # Pérez", "Fernández de Kirchner"), "de la", "del" and "y", hyphenated surnames, Italian-, German-, Basque-,
    # Croatian- and Palestinian-Argentine and Chilean names, Mapuche names, names written without their accents, and
    # expatriate names). Held out for its first tables (stop 38), development data since. Seeds from 156000.
    "blind152": range(156000, 156000 + 100),
    "blind152-more": range(156000 + 100, 156000 + 400),
    # "blind153" is a hundred-and-fifty-third independent pool (blind153_works.py, blind153_text.py), written by a
    # hundred-and-fifty-third hand without reading the checker, its tests or the other pools: marketers in Nigeria,
    # Ghana and their diaspora (Lagos, Abuja, Port Harcourt, Ibadan, Kano, Enugu, Onitsha, Accra, Kumasi, Tamale,
    # Takoradi; London, Houston, Toronto, Johannesburg, Dubai) at banks and fintechs (GTCO, Access, Zenith, First Bank,
    # Ecobank Ghana, GCB, Flutterwave, Paystack, Opay, Moniepoint), telcos and mobile money (MTN, Airtel, Glo, Telecel,
    # MTN MoMo), FMCG and drink makers (Dangote, Nestlé Nigeria, Nigerian Breweries, Guinness Ghana, Cadbury, Indomie),
    # retailers (Jumia, Shoprite, Melcom), airlines (Air Peace, Arik, Africa World Airlines) and media houses on CIM
    # Level 6 and 7 courses and MBAs (laws as "Nigeria Data Protection Act, 2023" and "Data Protection Act, 2012 (Act
    # 843)", CBN circular codes, regulators in brackets, naira as ₦, N and NGN and cedis as GH₵ and GHS in billions and
    # trillions, exchange, inflation and policy rates, Detty December, Sallah, Christmas, Easter, Ramadan and
    # Independence Day, titled people (Alhaji, Chief, Dr., Engr.), Afrobeats stars, songs, albums and Nollywood films,
    # awards, tickers, NIN, BVN, USSD, RC and phone numbers, legal forms, the naira redesign, samples, tables, cohorts,
    # academic sessions and strikes, elections, hashtags, flights, pack sizes, LGAs, founding years, mergers, ISO
    # standards, Yoruba and Twi slogans, events, AFCON, prices, census figures, app versions and court cases, none of
    # them citations); Nigerian, Ghanaian and international journals with up to eight authors, some with DOIs, textbooks
    # and e-books from Ibadan, Lagos, Accra and Western publishers, chapters, theses from UNILAG, UI, Covenant, Legon,
    # KNUST and others, conference papers, company pages and reports (Plc, PLC, Ltd, (Nig.) Ltd), trade bodies, the CBN,
    # NCC, NBS, ARCON, NDPC, FCCPC, Bank of Ghana, NCA and GSS with and without their abbreviations (one of them with
    # two works of a year), laws with the Federal Republic of Nigeria or the Republic of Ghana as author, research
    # firms, the Nigerian, Ghanaian and international press signed and unsigned, posts, videos and podcasts, undated
    # pages, Yoruba, Igbo, Hausa and Twi titles with English in square brackets; Yoruba, Igbo, Hausa, Ijaw, Efik, Akan,
    # Ewe and Ga names, some with tone marks, hyphenated and apostrophised surnames ("Owusu-Ansah", "Yar'Adua"), middle
    # names kept whole or as initials, and expatriate names). Held out for its first tables (stop 38), development data
    # since. Seeds from 157000.
    "blind153": range(157000, 157000 + 100),
    "blind153-more": range(157000 + 100, 157000 + 400),
    # "blind154" is a hundred-and-fifty-fourth independent pool (blind154_works.py, blind154_text.py), written by a
    # hundred-and-fifty-fourth hand without reading the checker, its tests or the other pools: marketers in Saudi Arabia
    # and its diaspora and expatriate workforce (Riyadh, Jeddah, Dammam, Khobar, Mecca, Medina, Abha, NEOM; Dubai,
    # Cairo, Manila, London, Boston) at banks and fintechs (Al Rajhi, SNB, Riyad Bank, SAB, STC Bank, Tamara, Tabby),
    # telecoms (stc, Mobily, Zain KSA), retailers (Panda, Othaim, Jarir, Extra, noon, Nahdi), food makers (Almarai,
    # SADAFCO, Al Baik, Herfy), airlines (Saudia, flynas, flyadeal, Riyadh Air), giga-projects (NEOM, Red Sea Global,
    # Diriyah), media (MBC, Rotana, Asharq) and agencies on CIM Level 6 and 7 courses and MBAs (laws by royal decree
    # with Hijri dates, "Royal Decree No. M/19 of 9/2/1443H", regulators' decisions and licences, riyals as SAR, SR and
    # ﷼, Hijri and Gregorian dates, Vision 2030 and its programmes, Ramadan, the Eids, National Day, Founding Day,
    # Riyadh Season, White Friday, Hajj and Umrah, prayer times, the royal family, founders, founding years, legal
    # forms, CR and VAT numbers, Tadawul tickers, IPOs, giga-projects, Formula 1, football and Expo 2030, statistics,
    # samples, figures, quarters, ages, products, loyalty schemes, flights, aircraft, awards, campaigns, hashtags,
    # phones and P.O. boxes, universities, interviewees, MBA cohorts, ISO and GSO standards, heritage sites, TV shows,
    # Nitaqat and Iqamas, the riyal's peg, VAT and zakat, none of them citations); Gulf and international journals with
    # up to eight authors, some with DOIs, textbooks and e-books from Riyadh, Beirut and Western publishers, chapters,
    # theses from KSU, KAU, KFUPM, KAUST, PSU and British universities, conference papers, company pages and reports
    # (Co., CJSC, JSC; Almarai Co. with two pages of 2019), SAMA, CST, GASTAT, SDAIA, the GAC and ministries, laws with
    # the Kingdom or the Bureau of Experts as author, research firms, the Saudi, Gulf and British press signed and
    # unsigned, posts, videos and podcasts, undated pages, Arabic titles romanised with English in square brackets;
    # Arabic names with Al-, Al, al- and Al joined ("Al-Ghamdi", "Alghamdi", "Al Saud", "AlSaud", "al-Qaḥṭānī"), bin,
    # ibn and bint in the given names, Abdul and Abd al- names, Mohammed, Muhammad and Mohamed, and Egyptian, Levantine,
    # Pakistani, Indian, Filipino and British expatriates). Held out for its first tables (stop 38), development data
    # since. Seeds from 158000.
    "blind154": range(158000, 158000 + 100),
    "blind154-more": range(158000 + 100, 158000 + 400),
    # "blind155" is a hundred-and-fifty-fifth independent pool (blind155_works.py, blind155_text.py), written by a
    # hundred-and-fifty-fifth hand without reading the checker, its tests or the other pools: marketers in Spain and its
    # diaspora (Madrid, Barcelona, Valencia, Sevilla, Bilbao, Málaga, Zaragoza, Vigo, A Coruña, Palma; London, Paris,
    # Berlin, Mexico City, Miami) at banks and fintechs (Santander, BBVA, CaixaBank, Sabadell, Bankinter, Bizum),
    # telecoms (Movistar, Orange, Vodafone, MásMóvil, Digi), retailers and fashion (Inditex, Zara, Mango, El Corte
    # Inglés, Mercadona, Desigual), food and drink makers (Mahou San Miguel, Estrella Damm, Campofrío, Cola Cao,
    # Freixenet), airlines (Iberia, Vueling, Air Europa), media and agencies on CIM Level 6 and 7 courses and MBAs (laws
    # as "Ley Orgánica 3/2018, de 5 de diciembre" and "Real Decreto 1/2007", the BOE, regulators in brackets, euros as
    # €, EUR and with decimal commas, the Rebajas, Black Friday, Semana Santa, Sant Jordi, La Mercè, San Fermín, the
    # Reyes Magos and El Gordo, adverts, awards, founders, chairs' tenures, tickers, NIFs, postcodes, flights, aircraft,
    # packs, samples, interviewees, generations, hashtags, app ratings, World Heritage places, ISO standards,
    # Autocontrol's codes, the state of alarm and TV shares, none of them citations); Spanish and international journals
    # with up to eight authors, some with DOIs, textbooks and e-books, chapters, theses from the Complutense, the UB,
    # the UPF, ESADE, IE and Navarra, congress papers (AEMARK, ACEDE), company pages and reports (S.A., S.L., S.L.U.,
    # S.Coop.), trade bodies (IAB Spain with two reports of 2019), the Banco de España, CNMC, INE, AEPD, the Generalitat
    # and ministries, laws with the State or the Jefatura del Estado as author, research firms, the Spanish and British
    # press signed and unsigned, posts, videos and podcasts, undated pages, Spanish, Catalan, Basque and Galician titles
    # with English in square brackets; double surnames filed by the first ("García Márquez", "Sánchez-Vicario"), "y" and
    # Catalan "i" between surnames, Basque and Galician names, "de", "del", "de la" and "de los", María José and José
    # María, names without their accents, and expatriates). Held out for its first tables (stop 38), development data
    # since. Seeds from 159000.
    "blind155": range(159000, 159000 + 100),
    "blind155-more": range(159000 + 100, 159000 + 400),
    # "blind156" is a hundred-and-fifty-sixth independent pool (blind156_works.py, blind156_text.py), written by a
    # hundred-and-fifty-sixth hand without reading the checker, its tests or the other pools: marketers in the
    # Philippines and its diaspora and overseas Filipino workers (Manila, Makati, BGC/Taguig, Quezon City, Pasig, Cebu,
    # Davao, Iloilo, Baguio, Cagayan de Oro; Dubai, Riyadh, Singapore, Hong Kong, Los Angeles, Toronto, London) at banks
    # and fintechs (BDO, BPI, Metrobank, Landbank, UnionBank, Security Bank, GCash, Maya, GoTyme), telecoms (PLDT,
    # Smart, Globe, DITO), conglomerates and retailers (SM, Ayala, JG Summit, San Miguel, Robinsons, Puregold,
    # 7-Eleven), food and drink makers (Jollibee, Universal Robina, Monde Nissin, Ginebra San Miguel, Del Monte),
    # airlines (Philippine Airlines, Cebu Pacific, AirAsia), media and BPO firms on CIM Level 6 and 7 courses and MBAs
    # (laws as "Republic Act No. 10173" and "RA 11967 (2023)", executive orders, BSP and NPC circulars and proclamations
    # with their series, pesos as ₱, PHP and P with millions and billions, exchange rates and remittances, the -ber
    # months, Simbang Gabi, Holy Week, 11.11 and 12.12, Sinulog, Kadayawan and other fiestas, typhoons and quarantines,
    # founders with life dates, executives' tenures, nicknames in quotation marks, titles (Atty., Engr., Hon.), PSE
    # tickers, SEC, TIN, FDA and ASC numbers, flights, aircraft, products and sachets, promo codes, USSD codes,
    # addresses and barangays, diaspora places, malls, store counts, samples, interviewees, socio-economic classes,
    # generations, awards, hashtags, slogans, TV shows, elections, sport, app ratings, OFW documents, school years and
    # course codes, none of them citations); Philippine and international journals with up to eight authors, some with
    # DOIs, textbooks (Asian editions, e-books), chapters, theses from UP Diliman, Ateneo, De La Salle, UST, the AIM,
    # San Carlos and Silliman, congress papers, company pages and reports (Inc., Corp., Co.), trade bodies, the Ad
    # Standards Council with pages of 2019 (2019a, 2019b), the BSP, NPC, DTI, PSA, SEC and other agencies, laws and
    # circulars with the Republic, Congress, the Official Gazette or the agency as author, research firms with the year
    # in the title, the Philippine and diaspora press signed and unsigned, Facebook, TikTok and X posts, YouTube videos,
    # podcasts, undated pages, Filipino and Cebuano titles with English in square brackets; Spanish, native and
    # Chinese-Filipino surnames (Sy, Go, Uy, Co, Tan Caktiong), "dela Cruz", "De los Santos", "delos Reyes", "Sta.
    # Maria", "Zobel de Ayala", accents (Peñaflor, Añonuevo), hyphenated married names, "Ma." for María, the mother's
    # surname as a middle name or initial, Jr., Sr., II and III, and expatriates). Held out for its first tables (stop
    # 39), development data since. Seeds from 160000.
    "blind156": range(160000, 160000 + 100),
    "blind156-more": range(160000 + 100, 160000 + 400),
    # "blind157" is a hundred-and-fifty-seventh independent pool (blind157_works.py, blind157_text.py), written by a
    # hundred-and-fifty-seventh hand without reading the checker, its tests or the other pools: marketers in Italy and
    # its diaspora (Milano, Roma, Torino, Napoli, Bologna, Firenze, Venezia, Bari, Palermo, Verona; London, New York,
    # Buenos Aires, Munich, Zurich) at banks and fintechs (Intesa Sanpaolo, UniCredit, Banco BPM, Mediobanca, Fineco,
    # Satispay, Nexi), telecoms (TIM, Vodafone Italia, WindTre, Iliad Italia, Fastweb), fashion and luxury houses
    # (Gucci, Prada, Armani, Ferragamo, Moncler, Luxottica, Benetton), food and drink makers (Barilla, Ferrero, Lavazza,
    # illy, Campari, Peroni, San Pellegrino, Mutti), retailers and cooperatives (Esselunga, Coop, Conad, Eataly),
    # carmakers (Ferrari, Fiat, Lamborghini, Ducati, Piaggio), ITA Airways, Trenitalia and Italo, media and agencies on
    # CIM Level 6 and 7 courses and MBAs (laws as "Decreto legislativo 30 giugno 2003, n. 196", "D.Lgs. 196/2003",
    # "Legge 4 agosto 2017, n. 124" and DPCM, the Gazzetta Ufficiale, decisions of the AGCM, AGCOM, the Garante, Banca
    # d'Italia, Consob and the IAP, euros as €, EUR and with decimal commas and thousands points, founding years,
    # founders' lifespans, people who are not authors, tenures, fiscal years, ISTAT indices, P.IVA numbers, addresses,
    # ATECO codes, tickers, models, seasons' collections, fairs, Sanremo and Auditel shares, Ferragosto, the saldi,
    # Black Friday, trains and flights, DOP and IGP labels, vintages, Serie A seasons, Expo 2015, degrees, interviewees,
    # awards, songs and films, rankings, ISO standards, generations, hashtags, app ratings, price plans, units, legal
    # forms, strikes, UNESCO places, the PNRR and anniversaries, none of them citations); Italian and international
    # journals with up to eight authors, some with DOIs, textbooks and e-books, chapters, tesi di laurea and di
    # dottorato from Bocconi, the Politecnico, LUISS, Sapienza, Bologna and Ca' Foscari, conference papers, company
    # pages and reports (S.p.A., S.r.l., S.r.l.s., S.a.s., Soc. Coop., N.V.), trade bodies, regulators and ministries,
    # laws with the Repubblica Italiana or the Gazzetta Ufficiale as author, research firms, the Italian and British
    # press signed and unsigned, posts, videos, podcasts and blogs, undated pages, Italian titles with English in square
    # brackets; surnames with particles filed under them ("De Luca", "D'Amico", "Dell'Acqua", "Lo Russo"), the
    # lower-case particles of old families ("della Valle", "de' Medici"), double surnames ("Cordero di Montezemolo"),
    # double given names ("Gian Luca", "Maria Grazia"), accents ("Cannavò", "Niccolò"), anglicised names of the diaspora
    # ("DeLuca", "DiNapoli") and British, Swiss, German and Argentine colleagues). Held out for its first tables (stop
    # 39), development data since. Seeds from 161000.
    "blind157": range(161000, 161000 + 100),
    "blind157-more": range(161000 + 100, 161000 + 400),
    # "blind158" is a hundred-and-fifty-eighth independent pool (blind158_works.py, blind158_text.py), written by a
    # hundred-and-fifty-eighth hand without reading the checker, its tests or the other pools: marketers in Hungary and
    # its diaspora (Budapest, Debrecen, Szeged, Pécs, Győr, Miskolc, Kecskemét, Székesfehérvár; Vienna, London, Berlin,
    # Cluj-Napoca, Toronto) at banks and fintechs (OTP, K&H, MBH, Erste, CIB, Raiffeisen, Revolut), telecoms (Magyar
    # Telekom, Yettel, One/4iG), retailers and e-commerce (eMAG, Alza, Tesco, SPAR, CBA, Rossmann), food and drink
    # makers (Pick Szeged, Túró Rudi, Dreher, Borsodi, Törley, Zwack Unicum, Szamos), Richter Gedeon, Egis, MOL, Wizz
    # Air, media and agencies on CIM Level 6 and 7 courses and MBAs (Acts as "2011. évi CXII. törvény" and "Act CXII of
    # 2011", government decrees ("45/2014. (II. 26.) Korm. rendelet"), EU regulations, regulators' case numbers, dates
    # as "2024. március 15." and "2024.03.15.", 15 March, 20 August, 23 October, name days, Christmas markets, Black
    # Friday, Sziget and Balaton Sound, forints as Ft and HUF with spaces for thousands, millió and milliárd, exchange
    # rates, people named family name first, dr., ifj. and id., married names with -né, founders' lifespans, Zrt.,
    # Nyrt., Kft. and Bt. in brackets with years, Hungarikums, awards, campaigns, slogans, products, tickers, Cg. and
    # tax numbers, addresses, phones, flights, TV shows, films, sport, heritage places, the change of regime, the state
    # of danger, VAT, the special tax and the caps, samples, standards, handles, cohorts, the diaspora, the SZÉP card
    # and elections, none of them citations); Hungarian and international journals with up to eight authors, some with
    # DOIs, textbooks and e-books, chapters, theses (szakdolgozat, PhD-értekezés) from Corvinus, ELTE, BME, Debrecen,
    # Szeged, Pécs, Cluj, Vienna and Toronto, conference papers (EMOK), company pages and reports, regulators and trade
    # bodies (the MNB with two works of 2019), Acts and decrees with the Parliament, Magyarország or the Government as
    # author, research firms, the Hungarian and international press signed and unsigned, posts, videos, podcasts and
    # undated pages, Hungarian titles with English in square brackets; Hungarian names with accents and double acutes,
    # -né married names, double surnames, ifj. and id., names written without accents, an initial before the family name
    # ("Gy. Nagy"), and expatriates and neighbours' names. Held out for its first tables (stop 39), development data
    # since. Seeds from 162000.
    "blind158": range(162000, 162000 + 100),
    "blind158-more": range(162000 + 100, 162000 + 400),
    # "blind159" is a hundred-and-fifty-ninth independent pool (blind159_works.py, blind159_text.py), written by a
    # hundred-and-fifty-ninth hand without reading the checker, its tests or the other pools: marketers in Thailand and
    # its diaspora (Bangkok, Chiang Mai, Phuket, Pattaya, Khon Kaen, Hat Yai, Nakhon Ratchasima, Udon Thani; Los
    # Angeles, London, Sydney, Singapore, Tokyo) at banks and fintechs (Kasikornbank, SCB, Bangkok Bank, Krungthai,
    # Krungsri, TrueMoney, Rabbit LINE Pay), telecoms (AIS, True, NT), conglomerates and retailers (CP Group, Central,
    # The Mall, 7-Eleven/CP ALL, Big C, Lotus's, Makro), food and drink makers (ThaiBev, Singha, Osotspa, Carabao,
    # Ichitan, CPF, Mama), airlines, the TAT, media and agencies on CIM Level 6 and 7 courses and MBAs (Buddhist Era
    # years beside Common Era ones, Acts and royal decrees as "Personal Data Protection Act, B.E. 2562 (2019)", BOT and
    # OCPB notifications, baht as ฿, THB and Bt in millions and billions, Thai dates, Songkran, Loy Krathong, Chinese
    # New Year in Yaowarat, 11.11 and 12.12, SET tickers, PCL and Co., Ltd. in brackets with years, nicknames and Khun,
    # royal titles, monks, founders' lifespans, awards, Cannes Lions, products, flights, places, provinces, addresses,
    # hotlines, TV shows, BL series, T-pop, sport, samples, statistics, quarters, exchange rates, VAT and the sugar tax,
    # COVID-19, government schemes, slogans, programmes, the diaspora, app versions, handles, standards, registrations,
    # elections, the lottery and rankings, none of them citations); Thai and international journals with up to eight
    # authors, some with DOIs, textbooks and e-books, chapters, theses and independent studies from Chulalongkorn,
    # Thammasat, Mahidol, Kasetsart, Sasin, NIDA and abroad, conference papers, company pages and reports (Form 56-1 One
    # Report), trade bodies, regulators, Acts and royal decrees with the Royal Thai Government or the Office of the
    # Council of State as author, research houses, the Thai and regional press signed and unsigned, posts, videos,
    # podcasts and undated pages, romanised Thai titles with English in square brackets; Thai names filed by surname,
    # long surnames, "Na" surnames, romanisation variants (Suwannarat/Suvarnarat), Sino-Thai "Sae-" surnames, M.R. and
    # M.L. titles, monks and Thai-order names written whole, and expatriates' and the diaspora's names (Singaporean,
    # Japanese, Vietnamese with diacritics, European). Held out for its first tables (stop 39), development data since.
    # Seeds from 163000.
    "blind159": range(163000, 163000 + 100),
    "blind159-more": range(163000 + 100, 163000 + 400),
    # "blind160" is a hundred-and-sixtieth independent pool (blind160_works.py, blind160_text.py), written by a
    # hundred-and-sixtieth hand without reading the checker, its tests or the other pools: marketers in Colombia, Peru
    # and their diaspora (Bogotá, Medellín, Cali, Barranquilla, Cartagena, Bucaramanga; Lima, Arequipa, Trujillo, Cusco,
    # Piura; Miami, Madrid, New York, Santiago, London) at banks and fintechs (Bancolombia, Davivienda, Banco de Bogotá,
    # Nequi, Daviplata, BCP, Interbank, BBVA Perú, Yape, Plin), telecoms (Claro, Movistar, Tigo, Entel, Bitel),
    # retailers and e-commerce (Grupo Éxito, Falabella, Ripley, Rappi, Supermercados Peruanos, Tiendas D1, Tottus), food
    # and drink makers (Grupo Nutresa, Postobón, Bavaria, Juan Valdez, Alicorp, Backus, Gloria, Inca Kola), airlines
    # (Avianca, LATAM, Sky), media (Caracol, RCN, El Tiempo, Semana, El Comercio, RPP) and agencies on CIM Level 6 and 7
    # courses and MBAs (laws as "Ley 1581 de 2012" and "Ley N° 29733", decrees as "Decreto 1377 de 2013" and "Decreto
    # Supremo N° 003-2013-JUS", SIC resolutions and Indecopi case numbers, CONPES documents, pesos as COP, $ and COL$
    # with millones and billones, soles as S/ and PEN, exchange rates, IVA and IGV, minimum wages, the Día sin IVA, Amor
    # y Amistad, Fiestas Patrias, Inti Raymi, the Feria de las Flores, the Carnaval de Barranquilla, CyberWow and Black
    # Friday, Spanish dates, writers' lifespans and Nobels, telenovelas, films, songs, football, heritage sites,
    # tickers, NIT and RUC numbers, addresses, phones, legal forms, companies in brackets with years, founding years,
    # campaigns, slogans, awards, estratos and NSE levels, samples, figures, flights, handles, Quechua words, Spanish
    # glosses, executives, events, politics, the peace agreement and the quarantine, standards, INVIMA and DIGESA codes,
    # UBIGEO and DIVIPOLA codes, cohorts, app versions and the diaspora, none of them citations); Latin American and
    # international journals with up to eight authors, some with DOIs, textbooks and e-books, chapters, theses (tesis de
    # maestría, trabajo de grado, MBA) from the Universidad de los Andes, the Universidad Nacional, EAFIT, the PUCP,
    # ESAN, the Universidad del Pacífico and abroad, conference papers (CLADEA, BALAS), company pages and reports (S.A.,
    # S.A.S., S.A.A., S.A.C., E.I.R.L., Ltda.), regulators and trade bodies (one with two works in a year), laws and
    # decrees with the Congress, the Presidency or a ministry as author, research firms, the Colombian, Peruvian and
    # international press signed and unsigned, posts, videos, podcasts and undated pages, Spanish and Quechua titles
    # with English in square brackets; Spanish double surnames filed by the first ("García Márquez"), "de", "del" and
    # "de la", married women's "de" ("López de Gómez"), Quechua and Aymara surnames (Mamani, Quispe, Huamán, Condori),
    # Japanese-, Chinese- and Arab-Peruvian and Arab-Colombian names, hyphenated surnames of the diaspora, names with
    # and without accents, and expatriate colleagues. Held out for its first tables (stop 39), development data since.
    # Seeds from 164000.
    "blind160": range(164000, 164000 + 100),
    "blind160-more": range(164000 + 100, 164000 + 400),
    # "blind161" is a hundred-and-sixty-first independent pool (blind161_works.py, blind161_text.py), written by a
    # hundred-and-sixty-first hand without reading the checker, its tests or the other pools: marketers in Tanzania,
    # Uganda and their diaspora (Dar es Salaam, Dodoma, Arusha, Mwanza, Zanzibar, Mbeya; Kampala, Entebbe, Jinja, Gulu,
    # Mbarara; London, Nairobi, Dubai, Johannesburg, Boston) at banks and microfinance (CRDB, NMB, NBC, Stanbic,
    # Centenary, dfcu, Equity Uganda), telecoms and mobile money (Vodacom M-Pesa, Airtel Money, Mixx by Yas, Halotel,
    # MTN MoMo, Lyca), FMCG and drink makers (Azam/Bakhresa, TBL, Serengeti, Nile Breweries, Mukwano, Uganda Breweries),
    # retailers (Jumia, Shoprite, Capital Shoppers), airlines (Air Tanzania, Precision Air, Uganda Airlines), tourism
    # boards, media and agencies on CIM Level 6 and 7 courses and MBAs (Acts as "Personal Data Protection Act, 2022 (Act
    # No. 11 of 2022)", Cap. numbers, statutory instruments and government notices, the mobile money levy and the OTT
    # tax, shillings as TSh, TZS, USh and UGX with millions, billions and trillions, exchange rates, fiscal years,
    # Vision 2025 and 2040, Saba Saba, Nane Nane, Heroes' Day, Martyrs' Day at Namugongo, Eid, Christmas, Easter and
    # Ramadan, Hijri dates, independence and the Union, the 1972 expulsion, lifespans, "Hon.", "Dr.", "Eng." and "Mzee",
    # people with roles in brackets, interviewees, (T) Ltd, (U) Ltd and PLC with years, tickers, USSD, paybill and Lipa
    # Namba codes, phones, TINs, P.O. Boxes, plates, flights, radio frequencies, TV shows, films, festivals, trade
    # fairs, awards, clubs, marathons, AFCON, pageants, phones and beers, slogans, rebrands, circulars, standards,
    # censuses, elections, exams, course codes, samples, software, cohorts, places, parks, Swahili and Luganda phrases,
    # time zones, the diaspora, handles and vehicles, none of them citations); East African and international journals
    # with up to eight authors, some with DOIs, textbooks and e-books, chapters, theses from UDSM, Mzumbe, Makerere,
    # MUBS, UCU and abroad, conference papers (ORSEA, AIBUMA), company pages and reports, trade bodies, regulators (the
    # Bank of Tanzania with two works of 2019), Acts and regulations with the United Republic of Tanzania or the
    # Republic of Uganda as author, research firms, the Tanzanian, Ugandan and international press signed and unsigned,
    # posts, videos, podcasts and undated pages, Swahili and Luganda titles with English in square brackets; Chagga,
    # Sukuma, Haya, coastal, Zanzibari Arab and Indian-Tanzanian names, the father's name as a second given name or
    # none, Luganda, Acholi, Runyankole and Ugandan-Asian names, hyphenated clan and married names, and Kenyan, South
    # African and European colleagues. Held out for its first tables (stop 39), development data since. Seeds from
    # 165000.
    "blind161": range(165000, 165000 + 100),
    "blind161-more": range(165000 + 100, 165000 + 400),
    # "blind162" is a hundred-and-sixty-second independent pool (blind162_works.py, blind162_text.py), written by a
    # hundred-and-sixty-second hand without reading the checker, its tests or the other pools: marketers in western
    # India (Maharashtra and Gujarat: Mumbai, Pune, Nagpur, Nashik, Thane, Navi Mumbai, Ahmedabad, Surat, Vadodara,
    # Rajkot, Gandhinagar) and its diaspora (London, Leicester, New Jersey, Nairobi, Dubai, Toronto) at banks and
    # fintechs (HDFC Bank, ICICI, Kotak Mahindra, Bank of Baroda, Saraswat Bank, PhonePe, Paytm, Zerodha, CRED),
    # telecoms (Jio, Airtel, Vi), conglomerates and retailers (Reliance Retail, Tata, Godrej, Mahindra, Adani, DMart,
    # Nykaa, Shoppers Stop), food and drink makers (Amul/GCMMF, Parle, Haldiram's, Balaji Wafers, Vadilal, Havmor,
    # Britannia), airlines (IndiGo, Air India, Akasa Air), the Marathi and Gujarati press and agencies, on CIM Level 6
    # and 7 courses and MBAs (Acts as "Digital Personal Data Protection Act, 2023" and their sections, Maharashtra and
    # Gujarat state Acts and GRs, RBI, SEBI, TRAI and ASCI circulars and codes, ₹, Rs and INR with lakh and crore,
    # financial years and quarters, Vikram Samvat and Shaka years, Ganeshotsav, Navratri, Diwali, Uttarayan and Gudi
    # Padwa, sale events, the IPL, GST rates and HSN codes, GSTINs, CINs, IFSC codes and UPI handles, PIN codes, tickers
    # and index levels, models, tariff plans and MRPs, awards, lifespans, "Shri" and "Smt.", campaigns and founding
    # years, abbreviations with years, censuses and survey rounds, schemes, demonetisation and the lockdown, elections,
    # the metro and the bullet train, films and TV shows, batches, ISO and FSSAI numbers, exchange rates, dates written
    # 15/08/2023, the diaspora's streets, plates, RERA numbers, helplines, taglines, BARC weeks, app versions and
    # newspaper editions, none of them citations); Indian and international journals with up to eight authors, some with
    # DOIs, textbooks and e-books, Marathi and Gujarati books, chapters, theses from IIM Ahmedabad, NMIMS, SPJIMR,
    # Symbiosis, MICA, the Universities of Mumbai and Gujarat and others (some on Shodhganga), conference papers,
    # working papers, company pages and annual reports, trade bodies, regulators and governments (an organisation with
    # two works of one year now and then), Acts and rules with their government as author, research firms with years in
    # their titles, the English, Marathi and Gujarati press signed and unsigned, posts, podcasts, videos and undated
    # pages, Marathi and Gujarati titles romanised with English in square brackets; Marathi names with the father's or
    # husband's name as a middle name, initials first, Gujarati -bhai and -ben, Parsi, Goan ("D'Souza", "de Souza"),
    # Bohra, Khoja and Memon names, hyphenated married names, British-Gujarati names and expatriate colleagues. Held out
    # for its first tables (stop 39), development data since. Seeds from 166000.
    "blind162": range(166000, 166000 + 100),
    "blind162-more": range(166000 + 100, 166000 + 400),
    # "blind163" is a hundred-and-sixty-third independent pool (blind163_works.py, blind163_text.py), written by a
    # hundred-and-sixty-third hand without reading the checker, its tests or the other pools: marketers in Estonia,
    # Latvia, Lithuania and their diaspora (Tallinn, Tartu, Pärnu, Narva; Riga, Daugavpils, Liepāja, Jūrmala; Vilnius,
    # Kaunas, Klaipėda; Helsinki, Stockholm, Dublin, London, Oslo, Chicago) at banks and fintechs (Swedbank, SEB,
    # Luminor, LHV, Citadele, Šiaulių bankas, Revolut, Bolt, Wise), telecoms (Telia, Elisa, Tele2, Bite, LMT), retailers
    # and e-commerce (Rimi, Maxima, Prisma, Selver, Pigu.lt, Varle.lt), food and drink makers (Kalev, Laima, Rūta,
    # Aldaris, Švyturys, Saku, Amber Beverage), airBaltic and the media (ERR, Postimees, Delfi, LSM, LRT, 15min.lt) on
    # CIM Level 6 and 7 courses and MBAs (laws as "Isikuandmete kaitse seadus (RT I, 04.01.2019, 11)", Latvijas
    # Vēstnesis issues and "Law No. XIII-1426", EU regulations and directives by number, regulators' acronyms with
    # years, statistics offices' figures, euros with decimal commas and spaces for thousands, percentages, dates as
    # 24.02.2023 and 2023-06-23, the three Independence Days, Jāņi, Jaanipäev and Joninės, the Song and Dance Festival,
    # the Baltic Way and the Singing Revolution, the euro changeover, people with roles, interviewees, AS, OÜ, SIA, UAB
    # and AB, registry codes, IBANs, phones, addresses, founding years, Soviet-era brands, awards, events, sport,
    # products, apps, tariffs, campaigns, slogans with translations, local words, courses and supervisors, samples,
    # figures, quarters, population and diaspora figures, places, flights and ferries, media, language versions,
    # exchange rates, rebrands, standards, TV shows, name days, dropped diacritics, hashtags and domains, none of them
    # citations); Baltic and international journals with up to eight authors, some with DOIs, textbooks and e-books,
    # chapters, theses from the University of Tartu, TalTech, SSE Riga, the University of Latvia, Vilnius University,
    # ISM and KTU, conference papers, company pages and annual reports, trade bodies, regulators and statistics offices
    # (one of them with two works in a year), laws with the Riigikogu, the Saeima, the Seimas or the EU as author,
    # research firms (Kantar Emor, Norstat, SKDS, Vilmorus, Spinter tyrimai), the Baltic and international press signed
    # and unsigned, posts, videos, podcasts and undated pages, Estonian, Latvian and Lithuanian titles with English in
    # square brackets; Estonian names (Tamm, Saar, Mägi, -son names), Latvian names with gendered endings (Bērziņš and
    # Bērziņa), Lithuanian men's, married women's and unmarried women's names (Kazlauskas, Kazlauskienė, Petrauskaitė),
    # Russian speakers in each country's transliteration, Polish Lithuanians in both spellings, hyphenated married
    # names, diacritics written and dropped, and Finnish, Scandinavian, Irish, British and American colleagues. Held out
    # for its first tables (stop 39), development data since. Seeds from 167000.
    "blind163": range(167000, 167000 + 100),
    "blind163-more": range(167000 + 100, 167000 + 400),
    # "blind164" is a hundred-and-sixty-fourth independent pool (blind164_works.py, blind164_text.py), written by a
    # hundred-and-sixty-fourth hand without reading the checker, its tests or the other pools: marketers in the
    # English-speaking Caribbean (Trinidad and Tobago, Barbados, Jamaica, Guyana, the Bahamas, St Lucia; Port of Spain,
    # San Fernando, Chaguanas, Bridgetown, Kingston, Montego Bay, Georgetown, Nassau, Castries) and its diaspora
    # (Toronto, New York, Miami, London, Birmingham) at banks and credit unions (Republic Bank, First Citizens, CIBC
    # Caribbean, Scotiabank, NCB, JMMB, Sagicor), telecoms (Digicel, Flow/Liberty Latin America, bmobile, GTT),
    # conglomerates and retailers (Massy, ANSA McAL, Goddard, GraceKennedy, PriceSmart, Courts), food and drink makers
    # (Angostura, Carib, Banks, Red Stripe, Wray & Nephew, Mount Gay, Appleton, Bermudez, Kiss), airlines (Caribbean
    # Airlines, interCaribbean, LIAT), tourism boards (BTMI, JTB), media and agencies on CIM Level 6 and 7 courses and
    # MBAs (Acts as "Data Protection Act, 2011 (Act No. 13 of 2011)" and "Data Protection Act, 2020 (Jamaica)", Chap.
    # and Cap. numbers, legal notices, dollars as TT$, TTD, BDS$, BBD, J$, JMD, G$ and GYD with millions and billions,
    # exchange rates, VAT and GCT, repo rates, Carnival, J'ouvert, Crop Over, Divali, Phagwah, Eid, Emancipation and
    # Independence, arrival days, Boxing Day sales, founding years of rum houses, rums named after years, former names
    # with years in brackets, hurricanes, calypsonians' lifespans, songs and Road Marches, titled people (Hon., Dr.,
    # Sen., Rev., Pundit, Imam), executives with roles in brackets, tickers, phone numbers with area codes, USSD codes,
    # flights and airport codes, censuses, budgets, elections, UWI campuses, course codes, CXC exams, awards, agencies,
    # radio and TV, handles, hashtags, slogans, campaigns, Creole, Bhojpuri and Kwéyòl glosses, parishes, postcodes and
    # addresses, diaspora carnivals, Windrush, the CPL, Play Whe, samples, figures, respondents, cohorts, time zones,
    # registrations and the pandemic, none of them citations); Caribbean and international journals with up to eight
    # authors, some with DOIs, textbooks and e-books, chapters, theses from the UWI (St. Augustine, Cave Hill, Mona),
    # Lok Jack, UTech, the University of Guyana and abroad, conference papers, company pages and reports (Limited, Ltd.,
    # Inc., SRL), trade bodies and tourism boards, central banks, regulators and statistical offices (the CBTT with two
    # works of 2019), Acts with a government as author, research firms, the Caribbean and diaspora press signed and
    # unsigned, posts, videos, podcasts and undated pages, Creole, Patois, Kwéyòl and Bhojpuri titles with English in
    # square brackets; Afro-Caribbean, Indo-Caribbean, Chinese-Caribbean, Syrian-Lebanese, Portuguese and French Creole
    # names ("Lee Lum", "Fung-Kee-Fung", "Sabga-Aboud", "De Freitas", "St. Hill", "Jn Baptiste", "de Verteuil", "Mc
    # Intosh"), double-barrelled names and expatriate colleagues. Held out for its first tables (stop 39), development
    # data since. Seeds from 168000.
    "blind164": range(168000, 168000 + 100),
    "blind164-more": range(168000 + 100, 168000 + 400),
    # "blind165" is a hundred-and-sixty-fifth independent pool (blind165_works.py, blind165_text.py), written by a
    # hundred-and-sixty-fifth hand without reading the checker, its tests or the other pools: marketers in Aotearoa New
    # Zealand (Tāmaki Makaurau/Auckland, Te Whanganui-a-Tara/Wellington, Ōtautahi/Christchurch, Hamilton, Tauranga,
    # Dunedin, Rotorua, Gisborne) and its diaspora (Sydney, Melbourne, Brisbane, London, Apia, Nukuʻalofa) at banks and
    # KiwiSaver providers (ANZ, ASB, BNZ, Westpac NZ, Kiwibank, TSB, Kernel), telcos (Spark, One NZ, 2degrees),
    # co-operatives and exporters (Fonterra, Zespri, Silver Fern Farms, Foodstuffs, Te Pū Ao), retailers (Woolworths
    # NZ/Countdown, The Warehouse, Kathmandu, Farmers), Air New Zealand, Tourism New Zealand and thl, iwi and Māori
    # businesses (Ngāi Tahu Holdings, Waikato-Tainui, Miraka, Tūhoe), media (RNZ, TVNZ, Stuff, NZ Herald, Whakaata
    # Māori) and agencies on CIM Level 6 and 7 courses and MBAs (Acts as "Privacy Act 2020", "Fair Trading Act 1986" and
    # "Te Ture Whenua Māori Act 1993", sections and privacy principles, regulators with their te reo names, the OCR,
    # NZ$, NZD and $ with millions and billions, WST, TOP and FJD, financial years, Matariki, Waitangi Day, ANZAC Day,
    # Diwali, Lunar New Year, language weeks and Pasifika festivals, iwi affiliations in brackets, Te Tiriti and Treaty
    # settlements, lifespans, titled people (Sir, Dame, Samoan matai titles, Tongan nobles, Fijian Ratu and Adi),
    # executives, interviewees, samples, figures, quarters, censuses, NZ dates, Cyclone Gabrielle and the Canterbury
    # earthquakes, COVID alert levels, former names, founding years, Limited and Ltd with NZBNs, NZX tickers, 0800
    # numbers, flights, products, awards, agencies' campaigns, university courses, te reo glosses and names, TV, sport,
    # places, hashtags, GST, percentages, domains, addresses, ISO standards, loyalty schemes, Pacific places and
    # slogans, none of them citations); Australasian and international journals with up to eight authors, some with
    # DOIs, textbooks and e-books, chapters, theses from Auckland, AUT, Massey, Victoria, Otago, Waikato, Canterbury and
    # Lincoln, ANZMAC and ANZAM papers, companies (Limited, Ltd), iwi, trade bodies, regulators and government (Stats NZ
    # with two works of 2019), Acts with the New Zealand Government, Parliament or the Parliamentary Counsel Office as
    # author, research firms, the NZ and Pacific press signed and unsigned, posts, videos, podcasts and undated pages,
    # te reo Māori, Samoan and Tongan titles with English in square brackets; Māori names with macrons written and
    # dropped and "Te" in the surname, Samoan names with chiefly titles, Tongan, Fijian, Cook Islands and Niuean names,
    # Pākehā, Chinese, Indian, Korean and Afrikaans New Zealanders' names and expatriate colleagues. Held out for its
    # first tables (stop 39), development data since stop 40. Seeds from 169000.
    "blind165": range(169000, 169000 + 100),
    "blind165-more": range(169000 + 100, 169000 + 400),
    # "blind166" is a hundred-and-sixty-sixth independent pool (blind166_works.py, blind166_text.py), written by a
    # hundred-and-sixty-sixth hand without reading the checker, its tests or the other pools: marketers in Algeria and
    # Tunisia (Alger, Oran, Constantine, Annaba, Sétif, Tizi Ouzou; Tunis, Sfax, Sousse, Bizerte, Nabeul) and their
    # diaspora (Paris, Marseille, Lyon, Montréal, Brussels, Doha) at banks and fintechs (BNA, CPA, BEA, AGB, Banque
    # Zitouna, BIAT, Attijari Bank Tunisie, Amen Bank, D17, Flouci), telecoms (Djezzy, Mobilis, Ooredoo Algérie and
    # Tunisie, Orange Tunisie, Tunisie Telecom), food and drink makers and retailers (Cevital, Ifri, Hamoud Boualem,
    # Soummam, Poulina, Délice Danone, SFBT/Celtia, Monoprix Tunisie, Carrefour Tunisie, Uno), airlines (Air Algérie,
    # Tunisair, Nouvelair), media and agencies on CIM Level 6 and 7 courses and MBAs (laws as "Loi n° 18-07 du 10 juin
    # 2018" and "Loi organique n° 2004-63 du 27 juillet 2004", executive decrees, JORA and JORT issues, dinars as DA,
    # DZD, DT, TND and MTND with millions and milliards de centimes, parallel exchange rates, Ramadan with Hijri years,
    # the two Eids, Yennayer with Amazigh years, the Mouloud, soldes, legal forms (SPA, SARL, EURL, SA, SUARL), founding
    # years and former names, regulators' decisions and circulars, key rates, censuses and inflation, USSD and short
    # codes, phone numbers, flights and airport codes, wilaya codes, addresses and postcodes, tickers, products and app
    # versions, fairs, awards, executives and honorifics (El Hadj, Si, Mme), singers' and leaders' lifespans,
    # interviewees, samples, figures, quarters, the Hirak and the 2011 revolution, football, handles, hashtags, slogans,
    # course modules, thesis defences, French dates, diaspora neighbourhoods, prices, TV and radio and rankings, none of
    # them citations); Maghreb, French and international journals with up to eight authors, some with DOIs and some read
    # on ASJP, textbooks and e-books, chapters, theses and mémoires from HEC Alger, ESC Alger, the Université d'Alger 3,
    # IHEC Carthage, ESSEC Tunis, the Université de Tunis and abroad, colloques, company pages, posts, videos and
    # reports, trade bodies, regulators, central banks and statistics offices (the ONS with two works of 2019), laws
    # with the Republic or the Banque d'Algérie as author, research firms, the Algerian, Tunisian and French press
    # signed and unsigned, podcasts and undated pages, French and Arabic titles with English in square brackets; Arabic
    # and Amazigh names in French transliteration ("Ben Salah", "Aït Ahmed" and "Ait Ahmed", "Ould Kaddour", "Hadj Ali",
    # "Abd El Kader" and "Abdelkader", "M'rabet"), women's names, married women's double names, French particles,
    # Italian-Tunisian, Belgian and Québécois colleagues. Held out for its first tables (stop 39), development data
    # since stop 40. Seeds from 170000.
    "blind166": range(170000, 170000 + 100),
    "blind166-more": range(170000 + 100, 170000 + 400),
    # "blind167" is a hundred-and-sixty-seventh independent pool (blind167_works.py, blind167_text.py), written by a
    # hundred-and-sixty-seventh hand without reading the checker, its tests or the other pools: marketers in Texas and
    # the US Gulf South (Houston, Dallas, Fort Worth, Austin, San Antonio, El Paso, McAllen, Corpus Christi, New
    # Orleans, Baton Rouge, Lafayette) and their diaspora (Mexico City, Monterrey, London, Denver) at banks and credit
    # unions (Frost, Comerica, Texas Capital, Hancock Whitney, Navy Federal, USAA), telecoms and tech (AT&T, Dell,
    # Oracle, Tesla, Rackspace), grocers and retailers (H-E-B, Whataburger, Buc-ee's, Academy Sports, Kroger, Walmart,
    # Sally Beauty), food and drink makers (Dr Pepper, Blue Bell, Tabasco/McIlhenny, Community Coffee, Topo Chico,
    # Shiner/Spoetzl), airlines (Southwest, American, United at IAH), energy (ExxonMobil, Shell USA, Entergy), media
    # (Houston Chronicle, Dallas Morning News, Texas Tribune, The Times-Picayune, Univision, Telemundo) and agencies on
    # CIM Level 6 and 7 courses and MBAs (laws as "Texas Data Privacy and Security Act (2023)", "Tex. Bus. & Com. Code §
    # 541.102", "La. R.S. 51:3074" and bill numbers, the FTC and the Texas Attorney General, dollars as $, US$ and USD
    # with millions and billions, pesos, founding years, lifespans, hurricanes and winter storms, Mardi Gras,
    # Juneteenth, Fiesta, SXSW, the Rodeo, Cinco de Mayo, Día de los Muertos, Black Friday and the sales-tax holiday,
    # tickers, fiscal years, store numbers, highways, ZIP and area codes, flights, product models, awards, rankings,
    # executives with roles, people who are not authors, organisations and former names with years, places, Spanish and
    # Louisiana French glosses, slogans, handles, URLs, course codes, degrees, Jr. and III, legal forms, US dates, time
    # zones, sports seasons, films, parishes and counties, addresses, the pandemic and prices, none of them citations);
    # journals with up to eight authors, some with DOIs, textbooks and e-books, chapters, theses from McCombs, Jones,
    # Mays, Cox, Freeman, LSU and abroad, conference papers, company pages and reports (Inc., LLC, L.P., LLP, PLLC),
    # trade bodies, regulators and statistical offices (the Dallas Fed with two works of 2019), laws with a legislature
    # or the state as author, research firms, the press signed and unsigned, posts, podcasts, videos and undated pages,
    # Spanish and Louisiana French titles with English in square brackets; Tejano and Mexican-American names ("de la
    # Garza", "De León", "García-Ruiz", "García Ruiz", "de los Santos"), Cajun and Creole names (Boudreaux, Thibodeaux,
    # LeBlanc, Hébert, "St. Romain", "Le Blanc"), Vietnamese-American and Indian-American names, Jr., Sr., II and III,
    # and expatriate colleagues. Held out for its first tables (stop 39), development data since stop 40. Seeds from
    # 171000.
    "blind167": range(171000, 171000 + 100),
    "blind167-more": range(171000 + 100, 171000 + 400),
    # "blind168" is a hundred-and-sixty-eighth independent pool (blind168_works.py, blind168_text.py), written by a
    # hundred-and-sixty-eighth hand without reading the checker, its tests or the other pools: marketers in Lebanon
    # (Beirut, Jounieh, Byblos/Jbeil, Tripoli, Sidon/Saida, Zahle, Tyre) and its diaspora (Paris, Montréal, Dubai,
    # Riyadh, Abidjan, Lagos, São Paulo, Sydney, Detroit) at banks and money transfer firms (Bank Audi, BLOM, Byblos
    # Bank, SGBL, Fransabank, OMT, Whish Money), telecoms (touch, alfa, Ogero), retailers and F&B groups (ABC, Spinneys,
    # Le Charcutier, Malik's, Patchi, Kababji, Boubouffe), food and drink makers (Chateau Ksara, Chateau Musar, Almaza,
    # Tanmia, Gandour, Wooden Bakery), MEA, media (L'Orient-Le Jour, An-Nahar, LBCI, MTV Lebanon, Al Jadeed) and
    # agencies on CIM Level 6 and 7 courses and MBAs (laws as "Law No. 81 of 10 October 2018 on Electronic Transactions
    # and Personal Data", BDL Basic and Intermediate Circulars, ministry decisions, the BDL, the CAS and IDAL, LBP, L.L.
    # and LL with the 'lollar', official, Sayrafa and market rates, US dollars, the thawra and the 4 August 2020
    # explosion, Ramadan, Eid, two Easters, Christmas, Independence Day on 22 November, Hijri dates, the Beirut Design
    # Week, the Beirut Marathon and the summer festivals, founding years, S.A.L., Holding and Offshore companies, the
    # commercial register, executives with honorifics, politicians and singers who are not authors, organisations in
    # brackets with years, universities and course codes, the CIM unit, telecom bundles, phone codes, districts,
    # diaspora cities, flights and aircraft, product models, vintages, awards, rankings, samples, figures, quarters,
    # year ranges, French and Arabic glosses, slogans, hashtags, URLs, the pandemic, elections, fiscal years, tariffs,
    # time zones and street addresses, none of them citations); journals with up to eight authors, some with DOIs,
    # textbooks and e-books, chapters, theses and mémoires from AUB (Olayan), USJ, LAU, NDU, USEK and abroad, conference
    # papers and actes, company pages and reports (S.A.L., S.A.R.L., Holding, Offshore), trade bodies, regulators and
    # statistics offices (one body with two works in a year), laws with the Lebanese Republic or the BDL as author,
    # research firms with a year in the title, the press signed and unsigned, posts, podcasts, videos and undated pages,
    # French and Arabic titles with English in square brackets; Lebanese names in French and English transliteration
    # ("Khoury", "El Khoury", "Al-Khoury", "Saadé" and "Saade", "Abou Jaoudé", "Abi Nader", "Bou Khalil", "El-Hage" and
    # "El Hage"), Armenian-Lebanese names, "de Freige" and "de Bustros", women's double names, Christian and Muslim
    # given names, and expatriate colleagues. Held out for its first tables (stop 39), development data since stop 40.
    # Seeds from 172000.
    "blind168": range(172000, 172000 + 100),
    "blind168-more": range(172000 + 100, 172000 + 400),
    # "blind169" is a hundred-and-sixty-ninth independent pool (blind169_works.py, blind169_text.py), written by a
    # hundred-and-sixty-ninth hand without reading the checker, its tests or the other pools: marketers in Mozambique
    # and Cabo Verde and their diaspora (Maputo, Matola, Beira, Nampula, Quelimane, Pemba, Tete; Praia, Mindelo, Sal;
    # Lisbon, Porto, Johannesburg, Brockton, Rotterdam) at banks and fintechs (Millennium bim, BCI, Standard Bank, Absa,
    # Caixa Económica, BCA, M-Pesa, e-Mola, mKesh), telecoms (Vodacom, Movitel, Tmcel, CV Movel, Unitel T+), brewers
    # (CDM, 2M, Laurentina, Strela), retailers, airlines (LAM, Cabo Verde Airlines, Bestfly), media (Notícias, O País,
    # STV, Savana, A Semana, Expresso das Ilhas) and agencies (laws as "Lei n.º 3/2017, de 9 de Janeiro", "Decreto n.º
    # 66/2019", "Lei n.º 133/V/2001", Avisos of the Banco de Moçambique and the two gazettes, meticais as MZN, MT and Mt
    # with "mil milhões", escudos as CVE and with the cifrão, Independence Days, Dia da Mulher Moçambicana, Kriol Jazz,
    # Carnaval do Mindelo and the Gravana, cyclones, the census, codes, flights, airports, USSD codes, addresses,
    # executives, musicians, founders and presidents with dates, former names, legal forms, awards, glosses, none of
    # them citations); journals with up to eight authors, some with DOIs, textbooks and e-books, chapters, theses from
    # the UEM, ISCTEM, A Politécnica, Uni-CV and ISCEE, conference papers, company pages and reports (Lda., S.A., E.P.),
    # trade bodies, regulators (the Banco de Moçambique with two works of 2019), laws with the Assembleia da República
    # or the state as author, research firms, the press signed and unsigned, posts, videos and podcasts, undated pages;
    # Portuguese, Changana and Kriolu titles with English in brackets; Changana, Makhuwa, Muslim coastal, Goan, Ismaili
    # and Cabo Verdean names, particles inside given names, double surnames filed by the last or kept whole, and
    # expatriate colleagues. Held out for its first tables (stop 39), development data since stop 40. Seeds from 173000.
    "blind169": range(173000, 173000 + 100),
    "blind169-more": range(173000 + 100, 173000 + 400),
    # "blind170" is a hundred-and-seventieth independent pool (blind170_works.py, blind170_text.py), written by a
    # hundred-and-seventieth hand without reading the checker, its tests or the other pools: marketers in Switzerland
    # and Liechtenstein (Zürich, Geneva/Genève, Basel, Bern, Lausanne, Lugano, Lucerne/Luzern, St. Gallen, Zug, Vaduz)
    # and their diaspora (London, Milan, Munich, Lyon, New York, Singapore) at banks and fintechs (UBS, Raiffeisen,
    # Zürcher Kantonalbank, PostFinance, Twint, Neon, Yuh, LGT), insurers (Swiss Life, Zurich, AXA Schweiz, Helvetia),
    # telecoms (Swisscom, Sunrise, Salt), co-operatives and retailers (Migros, Coop, Manor, Denner, Galaxus/Digitec),
    # food and drink makers (Nestlé, Lindt & Sprüngli, Emmi, Rivella, Ricola, Läderach, Kambly), watch houses (Swatch
    # Group, Rolex, Richemont), SWISS, the SBB CFF FFS, media and agencies on CIM Level 6 and 7 courses and MBAs (laws
    # as "Bundesgesetz über den Datenschutz (DSG) vom 25. September 2020 (SR 235.1)", articles of the UWG and LCD,
    # cantonal and Liechtenstein laws, FINMA circulars and the Lauterkeitskommission's rules, francs as CHF, Fr. and
    # SFr. with "1'250'000", "Mio." and "Mrd.", Swiss dates, UID numbers, SIX tickers, postcodes, cantons' codes,
    # popular votes, National Day, Fasnacht, Sechseläuten, the Escalade, Art Basel, Montreux, the WEF, watch fairs,
    # founders' lifespans, executives, former names and takeovers, product models, awards, rankings, the SNB's rates and
    # the EUR/CHF floor, language shares, train lines, altitudes, films, sports, handles, URLs, degrees, course codes,
    # labels, legal forms, prices, the pandemic and opening hours, none of them citations); journals with up to eight
    # authors, some with DOIs, textbooks and e-books, chapters, theses from ETH Zürich, HSG, IMD, HEC Lausanne, USI,
    # ZHAW and others, conference papers, company pages and reports (AG, SA, GmbH, Genossenschaft), trade bodies,
    # regulators and statistical offices (the BFS with two works of 2019), federal, cantonal and Liechtenstein laws with
    # the Confederation, a canton or the Principality as author, research firms, the press signed and unsigned, posts,
    # podcasts, videos and undated pages, German, French, Italian and Romansh titles with English in square brackets;
    # Swiss German, French, Italian and Romansh names (Müller and Mueller, Zürcher and Zuercher, "von Arx", "de Weck",
    # married women's double names such as "Favre-Aebischer") and expatriates. Held out for its first tables (stop 39),
    # development data since stop 40. Seeds from 174000.
    "blind170": range(174000, 174000 + 100),
    "blind170-more": range(174000 + 100, 174000 + 400),
    # "blind171" is a hundred-and-seventy-first independent pool (blind171_works.py, blind171_text.py), written by a
    # hundred-and-seventy-first hand without reading the checker, its tests or the other pools: marketers in Egypt and
    # Jordan and their diaspora (Cairo, Giza, Alexandria, New Cairo, the New Administrative Capital, Sharm El Sheikh,
    # Hurghada, Mansoura; Amman, Irbid, Zarqa, Aqaba; Dubai, Riyadh, Kuwait City, London, New Jersey) at banks and
    # fintechs (National Bank of Egypt, Banque Misr, CIB, QNB Alahli, Fawry, valU, Paymob, InstaPay; Arab Bank, the
    # Housing Bank, Zain Cash, CliQ), telecoms (Vodafone Egypt, Orange Egypt, e& Egypt, WE; Zain Jordan, Umniah, Orange
    # Jordan), FMCG and food makers (Juhayna, Edita, Domty, Chipsy, Beyti, Obour Land, Al Ahram Beverages, Hikma),
    # retailers and malls, developers (Talaat Moustafa, Palm Hills, SODIC, Emaar Misr), EgyptAir, Royal Jordanian, the
    # Grand Egyptian Museum and Petra, media and agencies on CIM Level 6 and 7 courses and MBAs (laws as "Law No. 151 of
    # 2020 on the Protection of Personal Data", "Consumer Protection Law No. 181 of 2018" and Jordan's "Personal Data
    # Protection Law No. 24 of 2023", CBE and CBJ decisions, the float of the pound, pounds as EGP, LE and E£ with "bn"
    # and "mn", piastres, dinars as JOD and JD with fils, Hijri, Coptic and Egyptian dates, Ramadan, the Eids, Sham
    # El-Nessim, Coptic Christmas, the October 6 anniversary, Jordan's Independence Day, the Cairo International Film
    # Festival, the Jerash Festival, stars in adverts, executives with honorifics, founders, former names, tickers,
    # commercial registers, hotlines and USSD codes, addresses, flights, bundles, product models, awards, samples and
    # statistics, course codes, Arabic glosses, hashtags, slogans, boycotts, visions and the New Administrative Capital,
    # none of them citations); journals with up to eight authors, some with DOIs, textbooks and e-books (from Pearson to
    # Dar El Shorouk and Dar Al-Masira), chapters, theses from Cairo University, AUC, the GUC, Ain Shams, the University
    # of Jordan, PSUT and Yarmouk, conference papers, company pages and reports (S.A.E., PLC, PSC, Holding), regulators
    # and statistics offices (the CBE with two works of 2019), laws with the Arab Republic of Egypt or the Hashemite
    # Kingdom of Jordan as author, research firms, the press signed and unsigned, posts, podcasts, videos and undated
    # pages, Arabic titles transliterated and in Arabic script with English in square brackets; Egyptian, Coptic,
    # Palestinian-Jordanian and Circassian names in every transliteration ("Abdel Rahman", "Abd El-Rahman", "Abdul
    # Rahman", "El-Sayed" and "Elsayed", "Moustafa", "Mostafa" and "Mustafa", "Abou Zeid" and "Abu Zaid"), father's and
    # grandfather's names among the given names, the scholarly transliteration with ʿayn and macrons ("ʿAbd al-Raḥmān",
    # "al-Sayyid"), francophone spellings and expatriate colleagues. Held out for its first tables (stop 40),
    # development data since stop 40. Seeds from 175000.
    "blind171": range(175000, 175000 + 100),
    "blind171-more": range(175000 + 100, 175000 + 400),
    # "blind172" is a hundred-and-seventy-second independent pool (blind172_works.py, blind172_text.py), written by a
    # hundred-and-seventy-second hand without reading the checker, its tests or the other pools: marketers in Wales,
    # Scotland and the Isle of Man and their diaspora (Cardiff/Caerdydd, Swansea/Abertawe, Newport, Wrexham, Bangor,
    # Aberystwyth, Carmarthen; Glasgow, Edinburgh, Aberdeen, Dundee, Inverness, Stornoway, Kirkwall, Lerwick; Douglas; Y
    # Wladfa, Cape Breton, London, Toronto) at building societies and banks (Principality, Monmouthshire BS, Bank of
    # Scotland, Virgin Money, Tesco Bank, Skipton, the Development Bank of Wales), utilities (Dŵr Cymru, Scottish Water,
    # SSE, ScottishPower), food and drink makers (Tunnock's, Baxters, Walkers, A.G. Barr, BrewDog, William Grant & Sons,
    # Diageo, Penderyn, Halen Môn, Brains), insurers, tourism and transport (Zip World, VisitWales, VisitScotland,
    # CalMac, Loganair, TfW), media (S4C, BBC Cymru Wales, BBC Alba, STV, the Herald, the Press and Journal) and
    # agencies (laws with asp, anaw, asc and nawm numbers, Welsh statutory instruments "(W. 68)", Acts of Tynwald and UK
    # chapters, St David's Day, Burns Night, Hogmanay, the Eisteddfod, the Royal Welsh, the Mòd, the Fringe, Tynwald
    # Day, the TT and Gŵyl y Glaniad, founders with dates, campaigns, products, ships, flights, trains, company, charity
    # and FRN numbers, tickers, postcodes, phone lines, Manx pounds, pesos, glosses, bilingual places, executives,
    # interviewees, awards, the census, none of them citations); journals with up to eight authors, some with DOIs,
    # textbooks and e-books, chapters, theses from Cardiff, Swansea, Aberystwyth, Bangor, Edinburgh, Strathclyde, the
    # UHI and Sabhal Mòr Ostaig, conference papers, company pages and reports (plc, Ltd, Cyf., CIC, SCIO), trade bodies,
    # governments and regulators (the Welsh Government with two works of 2019), laws with the legislature as author,
    # research firms, the press signed and unsigned, posts, podcasts, videos and undated pages; Welsh, Gaelic, Scots and
    # Manx titles with English in square brackets; Welsh names with patronymics ("ap Dafydd", "ferch Ieuan"), Mac and
    # Mc, Gaelic "Nic" forms, Manx names, Patagonian double surnames and diaspora colleagues. Held out for its first
    # tables (stop 40), development data since stop 40. Seeds from 176000.
    "blind172": range(176000, 176000 + 100),
    "blind172-more": range(176000 + 100, 176000 + 400),
    # "blind173" is a hundred-and-seventy-third independent pool (blind173_works.py, blind173_text.py), written by a
    # hundred-and-seventy-third hand without reading the checker, its tests or the other pools: marketers in Germany and
    # Austria (Berlin, Hamburg, München, Köln, Frankfurt am Main, Stuttgart, Düsseldorf, Leipzig, Dresden, Nürnberg;
    # Wien, Graz, Linz, Salzburg, Innsbruck; Bozen/Bolzano) and their diaspora (London, New York, Istanbul, Mallorca) at
    # banks and fintechs (Deutsche Bank, Commerzbank, Sparkassen, Volksbanken Raiffeisenbanken, DKB, ING, N26, Trade
    # Republic, Erste Bank, RBI, BAWAG P.S.K., George), insurers (Allianz, Munich Re/ERGO, HUK-COBURG, Uniqa, Wiener
    # Städtische), telecoms (Telekom, Vodafone, O2, 1&1, A1, Magenta, Drei), retailers (Aldi Nord and Süd, Lidl, Rewe,
    # Edeka, dm, Rossmann, Otto, Zalando, MediaMarkt/Saturn, Spar, Billa, Hofer), food and drink makers (Haribo, Dr.
    # Oetker, Ritter Sport, Milka, Bahlsen, Red Bull, Manner, Almdudler, Bitburger, Ottakringer), car makers, Lufthansa,
    # Austrian Airlines, DB, ÖBB, Flixbus, media and agencies on CIM Level 6 and 7 courses and MBAs (laws as
    # "Bundesdatenschutzgesetz (BDSG) vom 30. Juni 2017", "§ 5a Abs. 4 UWG", the TTDSG, Austria's DSG with "BGBl. I Nr.
    # 165/1999", EU regulations by number, euros as €, EUR and Euro with "1.250.000,50 €", "Mio." and "Mrd.", German
    # dates and calendar weeks, Handelsregister and Firmenbuch numbers, VAT numbers and IBANs, ISINs and WKNs, DAX and
    # ATX levels, semesters, founders' lifespans, titled people (Prof. Dr., Mag., Dipl.-Kfm.), executives, car models,
    # tariffs, the Oktoberfest, Karneval and Fasching, Weihnachtsmärkte, the Salzburger Festspiele and the Opernball,
    # IAA, dmexco, IFA and ITB, awards, rankings, Werberat cases, slogans with years, reunification and the D-Mark,
    # sport, TV shows, labels, rates, addresses, trains and flights, handles, domains, legal forms, opening hours and
    # the Reinheitsgebot, none of them citations); journals with up to eight authors, some with DOIs, textbooks and
    # e-books, chapters, theses from LMU München, Köln, Mannheim, WHU, WU Wien, Innsbruck, HSG and others, conference
    # papers, working papers, company pages and reports (AG, SE, GmbH, GmbH & Co. KG, e.V.), trade bodies, regulators
    # and statistical offices (Destatis with two works of 2019), German, Austrian and EU laws with the state or the
    # Bundestag as author, research firms (GfK, NIM, Statista, Allensbach), the press signed and unsigned, posts,
    # podcasts, videos and undated pages, German titles with English in square brackets; German and Austrian names with
    # umlauts and ß or typed as ae/oe/ue/ss, "von", "von der", "zu" and "von und zu" kept or dropped, married double
    # names, Turkish-German, Polish-German and Balkan names and expatriates. Held out for its first tables (stop 40),
    # development data since stop 40. Seeds from 177000.
    "blind173": range(177000, 177000 + 100),
    "blind173-more": range(177000 + 100, 177000 + 400),
    # "blind174" is a hundred-and-seventy-fourth independent pool (blind174_works.py, blind174_text.py), written by a
    # hundred-and-seventy-fourth hand without reading the checker, its tests or the other pools: marketers in
    # metropolitan France, Monaco and their diaspora (Paris, Lyon, Marseille, Lille, Toulouse, Bordeaux, Nantes,
    # Strasbourg, Rennes, Nice, Montpellier; Monaco; London, Brussels, Geneva, Montréal, New York, Dakar) at banks and
    # fintechs (BNP Paribas, Société Générale, Crédit Agricole, Crédit Mutuel, La Banque Postale, BoursoBank, Qonto,
    # Lydia/Sumeria, Alan), insurers and mutuelles (AXA, MAIF, MACIF, Groupama), telecoms (Orange, SFR, Bouygues
    # Telecom, Free/Iliad), retailers (Carrefour, E.Leclerc, Intermarché, Auchan, Monoprix, Fnac Darty, Decathlon,
    # Sephora, Cdiscount, Vinted, Veepee, leboncoin), food and drink makers (Danone, Lactalis, Bonduelle, Michel et
    # Augustin, Pernod Ricard, Moët Hennessy, Bonne Maman), luxury and beauty (LVMH, Kering, Hermès, Chanel, L'Oréal,
    # Yves Rocher), transport (SNCF, Air France, RATP, BlaBlaCar), media and agencies (Publicis, Havas, BETC, Fred &
    # Farid) on CIM Level 6 and 7 courses and MBAs (laws as "Loi n° 78-17 du 6 janvier 1978", the loi Évin, the loi
    # Toubon, "Code de la consommation, article L121-1", ordonnances and décrets, EU regulations by number, CNIL
    # deliberations, ARPP and JDP rulings, decisions of the Autorité de la concurrence, euros as "1 250 000 €", "12,5
    # %", "M€" and "Md€" with ordinary, non-breaking and narrow spaces, SIREN, SIRET, RCS and APE codes, legal forms
    # (SA, SAS, SASU, SARL, SCOP, association loi 1901), départements and postcodes, French dates, the Soldes, the Fête
    # de la Musique, 14 juillet, Black Friday, the Cannes Lions, the Salon de l'Agriculture, VivaTech, the Tour de
    # France, Roland-Garros, Paris 2024, Monaco's Grand Prix and Fête nationale, founders' lifespans, executives,
    # interviewees, awards, rankings, tickers and ISINs, car and product models, the Livret A, labels and the
    # Nutri-Score, TV shows, trains and flights, handles, domains, phone numbers, francs CFA, Swiss francs and Canadian
    # dollars, glosses, trimestres, the franc and the confinement, none of them citations); journals with up to eight
    # authors, some with DOIs, textbooks and e-books, chapters, theses and mémoires from HEC Paris, ESSEC, ESCP, INSEAD,
    # emlyon, Sciences Po, Dauphine, the Sorbonne and others, AFM conference papers, working papers, company pages and
    # reports, trade bodies, regulators and government (INSEE with two works of 2019), French, Monegasque and EU laws
    # with the state as author, research firms (Médiamétrie, Kantar France, IFOP, Xerfi), the press signed and unsigned,
    # posts, podcasts, videos and undated pages, French titles with English in square brackets; French names with "de",
    # "du", "de la" and "d'" kept in the family name or apart (dropping and non-dropping), Le and La surnames, compound
    # given names (Jean-Pierre, Marie-Claire), double surnames, surnames in capitals, Breton, Basque, Corsican, Alsatian
    # and Monegasque names, Maghrebi-, West African-, Portuguese- and Vietnamese-French names and expatriate colleagues.
    # Held out for its first tables (stop 40), development data since stop 41. Seeds from 178000.
    "blind174": range(178000, 178000 + 100),
    "blind174-more": range(178000 + 100, 178000 + 400),
    # "blind175" is a hundred-and-seventy-fifth independent pool (blind175_works.py, blind175_text.py), written by a
    # hundred-and-seventy-fifth hand without reading the checker, its tests or the other pools: marketers in mainland
    # China (Beijing, Shanghai, Shenzhen, Guangzhou, Hangzhou, Chengdu, Chongqing, Wuhan, Xi'an, Suzhou) and its
    # diaspora (Singapore, Kuala Lumpur, Vancouver, Sydney, London, San Francisco) at platforms and fintechs
    # (Alibaba/Taobao/Tmall, JD.com, Pinduoduo/Temu, Meituan, ByteDance/Douyin, Kuaishou, Tencent/WeChat, Xiaohongshu,
    # Bilibili, Ant Group/Alipay, WeChat Pay), banks (ICBC, China Construction Bank, Bank of China, China Merchants
    # Bank), telecoms (China Mobile, China Unicom, China Telecom), phone and car makers (Huawei, Xiaomi, OPPO, vivo,
    # BYD, NIO, Li Auto, Geely), food, drink and tea brands (Mixue, Luckin Coffee, HEYTEA, Nayuki, Yili, Mengniu,
    # Wahaha, Nongfu Spring, Moutai, Haidilao, Genki Forest), beauty and fashion (Perfect Diary, Florasis, Proya,
    # Li-Ning, Anta, Bosideng, Shein), media and agencies on CIM Level 6 and 7 courses and MBAs (PRC laws with their
    # years, revisions and articles, CAC campaigns and SAMR fines, RMB, CNY, ¥, wan, yi and bn, GMV, Singles' Day
    # (11.11), 618, Spring Festival, the lunar calendar, Golden Week, Qixi and the Mid-Autumn Festival, the Canton Fair,
    # the CIIE and Auto Shanghai, stock codes, legal names with founding years, founders' lifespans, executives and
    # livestreamers, product models, app launches, campaigns, Chinese slogans and 《》 titles with glosses, the Spring
    # Festival Gala, awards, rankings, user figures, fiscal quarters, WeChat IDs, hashtags, ICP licences, unified social
    # credit codes, hotlines, addresses, Chinese dates, city tiers, Five-Year Plans and policies, history, COVID
    # periods, GB standards, trademarks and patents, exchange rates, macro figures, universities, honorifics,
    # interviewees, chengyu, dynasties, laozihao, zodiac editions, Singapore, Canadian and Australian laws, prices,
    # Beijing time, sport, SKUs, VAT and fapiao, none of them citations); journals with up to eight authors (Chinese
    # journals with titles in characters or pinyin and English in square brackets), some with DOIs, textbooks and
    # e-books, chapters, theses from Tsinghua, Peking University, Fudan, CEIBS, SJTU Antai, Zhejiang University and
    # others, conference papers (WHICEB, ICEB, PACIS), working papers, company pages and reports (Co., Ltd., Holdings
    # Limited, Inc., names in characters), trade bodies, regulators and statistics offices (CNNIC, the NBS and
    # QuestMobile with two works of one year), PRC laws with the NPC Standing Committee, the State Council or the CAC as
    # author, research firms (iResearch, QuestMobile, Analysys, CBNData, Daxue Consulting), the press signed and
    # unsigned, Weibo, WeChat, LinkedIn and Xiaohongshu posts, podcasts, videos and undated pages; names surname first
    # in pinyin with given names joined, spaced or hyphened, two-character surnames, Wade-Giles, Cantonese and
    # Singaporean spellings, English given names, surnames in capitals, reversed names, names in characters with pinyin
    # in brackets, "Lü" and "Lyu", and expatriate colleagues. Held out for its first tables (stop 40), development data
    # since stop 41. Seeds from 179000.
    "blind175": range(179000, 179000 + 100),
    "blind175-more": range(179000 + 100, 179000 + 400),
    # "blind176" is a hundred-and-seventy-sixth independent pool (blind176_works.py, blind176_text.py), written by a
    # hundred-and-seventy-sixth hand without reading the checker, its tests or the other pools: marketers in Australia
    # and its diaspora (Sydney, Melbourne/Naarm, Brisbane/Meanjin, Perth/Boorloo, Adelaide/Tarntanya, Hobart, Canberra,
    # Darwin, the Gold Coast, Newcastle, Geelong, Cairns, Alice Springs/Mparntwe; London, Auckland, Singapore, Bali, Los
    # Angeles) at banks and fintechs (CommBank, Westpac, NAB, ANZ, Macquarie, Bendigo Bank, ING, Afterpay, Zip, Up, Judo
    # Bank), super funds (AustralianSuper, Hostplus, UniSuper), insurers (Suncorp, AAMI, Medibank, Bupa), telecoms
    # (Telstra, Optus, TPG, Aussie Broadband), retailers (Woolworths, Coles, Aldi, Wesfarmers, Bunnings, Kmart,
    # Officeworks, JB Hi-Fi, Harvey Norman, Myer, David Jones, The Iconic, Catch), food and drink makers (Vegemite/Bega,
    # Arnott's, Carlton & United, Coopers, Penfolds, Four Pillars, Bundaberg), Qantas, Virgin Australia, Canva,
    # Atlassian, R.M. Williams, Aesop, Frank Body, Koala, media and agencies on CIM Level 6 and 7 courses and MBAs (laws
    # as "Privacy Act 1988 (Cth)", "Competition and Consumer Act 2010 (Cth) sch 2 (Australian Consumer Law)", the Spam
    # Act, state acts "(NSW)", "(Vic)", "(Qld)", APPs, the ACCC, OAIC, ACMA and ASIC, A$, AUD and $ with "m" and "bn",
    # financial years, ASX codes, ABN, ACN, ICN and association numbers, Australia Day and its debate, NAIDOC Week,
    # Anzac Day, the Melbourne Cup, the Grand Finals, State of Origin, the Australian Open, Vivid, Mardi Gras, Dark
    # Mofo, Garma, the referendums, Aboriginal place names and words glossed in brackets, Elders and artists with their
    # nation in brackets, executives, founders' dates, products, loyalty schemes, slogans, campaigns, awards, rates,
    # addresses, phone lines, flights, TV, radio, teams, handles, hashtags, Ad Standards cases, the AANA codes, units,
    # dates, school terms, time zones, course codes, interviewees, bushfires, floods, breaches, labels, Lunar New Year,
    # Tết and Diwali, none of them citations); journals with up to eight authors, some with DOIs, textbooks and e-books,
    # chapters, theses from Sydney, UNSW, Melbourne, Monash, UQ, UWA, RMIT, AGSM and others, ANZMAC, ANZAM, ACIS and
    # CAUTHE papers, company pages and reports (Ltd, Pty Ltd, Inc., Aboriginal Corporation), think tanks, trade bodies,
    # regulators and governments (the ABS with two works of 2019), laws with the legislature as author, research firms
    # (Roy Morgan, IBISWorld, McCrindle), the press signed and unsigned, posts, podcasts, videos and undated pages;
    # titles with Aboriginal words glossed in round brackets and diaspora titles with English in square brackets;
    # Anglo-Celtic, Italian, Greek, Lebanese, Vietnamese, Chinese, Indian, Sri Lankan, Filipino, Aboriginal and Torres
    # Strait Islander and Māori names, with particles, hyphens, O', Mc and Mac, diacritics kept or dropped. Held out for
    # its first tables (stop 40), development data since stop 41. Seeds from 180000.
    "blind176": range(180000, 180000 + 100),
    "blind176-more": range(180000 + 100, 180000 + 400),
    # "blind177" is a hundred-and-seventy-seventh independent pool (blind177_works.py, blind177_text.py), written by a
    # hundred-and-seventy-seventh hand without reading the checker, its tests or the other pools: marketers in Japan and
    # its diaspora (Tokyo, Osaka, Nagoya, Fukuoka, Sapporo, Kyoto, Kobe, Yokohama, Sendai, Hiroshima, Okinawa; São
    # Paulo, Honolulu, Los Angeles, London, Singapore, Bangkok) at banks, fintechs and payments (MUFG, SMBC, Mizuho,
    # Japan Post Bank, Rakuten Bank, PayPay, Suica, LINE Pay), insurers (Nippon Life, Tokio Marine, Sompo), mobile
    # carriers (NTT Docomo, KDDI/au, SoftBank, Rakuten Mobile), convenience stores and retailers (Seven-Eleven Japan,
    # FamilyMart, Lawson, Aeon, Uniqlo, Muji, Don Quijote, Nitori, Rakuten, Mercari, ZOZOTOWN), food and drink makers
    # (Ajinomoto, Kirin, Asahi, Suntory, Kikkoman, Nissin, Meiji, Calbee, Yakult, Ito En), car, electronics and game
    # makers, airlines and railways, media and agencies (Dentsu, Hakuhodo, CyberAgent) on CIM Level 6 and 7 courses and
    # MBAs (laws numbered "Act No. 57 of 2003", the Premiums and Representations Act and the stealth-marketing
    # notification, the PPC, JFTC and Consumer Affairs Agency, imperial eras, fiscal years to March, yen written ¥, JPY,
    # "man", "oku", "million" and "billion", stock codes, store counts, executives in kanji and romaji, festivals, Expo
    # 2025 Osaka and Tokyo 2020, awards, addresses, free-dial numbers, trains, flights, TV, teams, handles, hashtags,
    # slogans in Japanese, PrivacyMark and JIS numbers, the candidates' own surveys and interviewees, none of them
    # citations); journals with up to eight authors, some with DOIs, some in Japanese, textbooks and e-books, chapters,
    # theses from Hitotsubashi, Keio, Waseda, Tokyo, Kobe, Kyoto and the diaspora's universities, conference papers,
    # working papers (RIETI), company pages, integrated and securities reports (Co., Ltd., K.K., Kabushiki Kaisha, Inc.,
    # Holdings), trade bodies, ministries and agencies (the Statistics Bureau of Japan with two works of 2019), laws in
    # the Ministry of Justice's translation, research firms (Video Research, Macromill, Intage, Yano), the press signed
    # and unsigned, posts, podcasts, videos and undated pages; titles in English, romaji and Japanese script with
    # English in square brackets; names with and without macrons and in "ou" and "oh" spellings (Satō, Sato, Satou,
    # Satoh), now and then given name first, Japanese-Brazilian, Japanese-American, Zainichi Korean and expatriate
    # names. Held out for its first tables (stop 40), development data since stop 41. Seeds from 181000.
    "blind177": range(181000, 181000 + 100),
    "blind177-more": range(181000 + 100, 181000 + 400),
    # "blind178" is a hundred-and-seventy-eighth independent pool (blind178_works.py, blind178_text.py), written by a
    # hundred-and-seventy-eighth hand without reading the checker, its tests or the other pools: marketers in northern
    # India and its diaspora (Delhi/New Delhi, Gurugram, Noida, Lucknow, Kanpur, Varanasi, Jaipur, Jodhpur, Chandigarh,
    # Amritsar, Ludhiana, Patna, Dehradun, Srinagar; London, Leicester, Birmingham, Toronto/Brampton, Vancouver/Surrey,
    # New Jersey, Dubai) at banks and fintechs (SBI, PNB, HDFC Bank, ICICI Bank, Paytm, PhonePe, Google Pay, BharatPe,
    # Policybazaar), telecoms (Jio, Airtel, Vi), FMCG and food makers (Haldiram's, Bikaji, Amul, Mother Dairy,
    # Patanjali, Dabur, Parle, Britannia, HUL, ITC), retailers and platforms (Reliance Retail, DMart, Flipkart, Myntra,
    # Nykaa, Zomato/Blinkit, Swiggy, Meesho, Zepto), Maruti Suzuki, Hero MotoCorp, Tata Motors, Mahindra, IndiGo, Air
    # India, MakeMyTrip, OYO, IRCTC, media and agencies on CIM Level 6 and 7 courses and MBAs (Acts numbered "(No. 22 of
    # 2023)", Rules and guidelines with their years, the ASCI Code, RBI, TRAI and CCPA circulars, rupees as ₹, Rs., Rs
    # and INR with lakh, crore and Indian digit grouping, financial years, festivals (Diwali, Holi, Lohri, Baisakhi,
    # Gurpurab, Eid, Chhath, Karva Chauth, Raksha Bandhan) and sales with their years, the Kumbh Mela, IPL seasons,
    # Republic and Independence Day, the Census of India 2011, Hindi glosses, Devanagari, Gurmukhi and Urdu slogans,
    # honorifics, executives, founders' dates, CIN, GSTIN, HUF and LLP numbers, NSE and BSE codes, product models, pack
    # sizes, PIN codes, helplines, UPI handles and coupon codes, DLT headers, handles, portals, awards, campaigns, BARC
    # weeks, films, celebrities, places and diaspora places, Indian dates and the Hindu calendar, districts, samples,
    # ranks, courses, universities, interviewees, GST, units, exchange rates, lockdowns, demonetisation, trains and
    # flights, none of them citations); journals with up to eight authors, some with DOIs, textbooks and e-books
    # (Pearson India, McGraw Hill India, Sultan Chand, Hindi publishers), chapters, theses from IIM Lucknow, IIM
    # Ahmedabad, FMS Delhi, IIT Delhi, SRCC, Amity, Panjab University, BHU, ISB and UK and Canadian universities,
    # conference papers, company pages and reports (Ltd., Pvt. Ltd., LLP, Trust), trade bodies (IAMAI, FICCI, CII, ASCI,
    # NASSCOM, IBEF, NPCI), regulators and governments, laws with their ministry as author, research firms (Kantar
    # India, NielsenIQ, BARC India, Redseer), the English, Hindi, Punjabi and Urdu press signed and unsigned (bylines
    # and papers in Devanagari, Gurmukhi and Nastaliq), posts, podcasts, videos and undated pages; titles in the local
    # scripts or transliterated with English in square brackets; Hindi-belt, Punjabi, Sikh (Singh or Kaur as the only
    # surname), Rajasthani, Bihari, Kashmiri and Muslim names, initials, "Kumar" and "Devi", diaspora spellings and
    # hyphens, and expatriate scholars. Held out for its first tables (stop 40), development data since stop 41. Seeds
    # from 182000.
    "blind178": range(182000, 182000 + 100),
    "blind178-more": range(182000 + 100, 182000 + 400),
    # "blind179" is a hundred-and-seventy-ninth independent pool (blind179_works.py, blind179_text.py), written by a
    # hundred-and-seventy-ninth hand without reading the checker, its tests or the other pools: marketers in English
    # Canada and its diaspora (Toronto, Ottawa, Mississauga, Brampton, Hamilton, Waterloo, London ON, Vancouver, Surrey,
    # Victoria, Calgary, Edmonton, Winnipeg, Regina, Saskatoon, Halifax, St. John's, Charlottetown, Whitehorse,
    # Yellowknife, Iqaluit; Seattle, Boston, London, Hong Kong, Manila, Chandigarh) at banks and fintechs (RBC, TD,
    # Scotiabank, BMO, CIBC, National Bank, Desjardins, Tangerine, Simplii, EQ Bank, Wealthsimple, Interac, KOHO),
    # insurers (Manulife, Sun Life, Intact), telecoms (Rogers, Bell, Telus, Freedom Mobile, Vidéotron), retailers
    # (Loblaw/Shoppers Drug Mart, Sobeys, Metro, Canadian Tire, Hudson's Bay, Roots, Lululemon, Aritzia, Indigo,
    # Dollarama, Costco Canada, Walmart Canada), food and drink makers (Tim Hortons, McCain, Maple Leaf Foods, Saputo,
    # Molson Coors, Labatt, Crown Royal, Ganong), Shopify, OpenText, Air Canada, WestJet, Porter, VIA Rail, media and
    # agencies on CIM Level 6 and 7 courses and MBAs (statutes as "S.C. 2000, c. 5", "R.S.C. 1985, c. C-34" and "S.O.
    # 2002, c. 30, Sched. A", bills, Law 25, the OPC, the Competition Bureau, the CRTC, Ad Standards and their
    # decisions, C$, CAD and $ with M and B, fiscal years, TSX tickers, legal forms, postal and area codes, statutory
    # holidays, the National Day for Truth and Reconciliation, Treaties, land acknowledgements, Indigenous words and
    # artists with their Nation in brackets, the Stampede, TIFF, Caribana, the Grey Cup and the playoffs, Vaisakhi,
    # Lunar New Year and Diwali, executives, founders' dates, products, loyalty programmes, slogans, campaigns, awards,
    # polls, census figures, units, Northern prices, plans, rates, taxes, course codes, interviewees, time zones,
    # stations, flights, bilingual labels, rankings, shares, addresses and boycotts, none of them citations); journals
    # with up to eight authors, some with DOIs, textbooks and e-books (Canadian editions), chapters, theses from Ivey,
    # Rotman, Schulich, Sauder, Smith, Desautels, Dalhousie, Alberta and others, ASAC and other conference papers,
    # company pages and reports (Inc., Ltd., Corp., ULC, LP, co-operatives, Crown corporations), trade bodies,
    # Indigenous organisations, regulators and governments, federal, provincial and Québec statutes with the government
    # as author, research firms (Leger, Angus Reid, Numeris, Abacus, Environics), the press signed and unsigned, posts,
    # podcasts, videos and undated pages; titles in English, French and Inuktitut syllabics, Cree, Ojibwe, Mohawk and
    # Michif with English in square brackets; Anglo, Scottish, Irish, Newfoundland, Québécois, Acadian, Ukrainian,
    # Italian, Portuguese, Chinese, Punjabi, Filipino, Caribbean, First Nations, Métis and Inuit names, with particles,
    # hyphens, accents, O', Mc and Mac. Held out for its first tables (stop 40), development data since stop 41. Seeds
    # from 183000.
    "blind179": range(183000, 183000 + 100),
    "blind179-more": range(183000 + 100, 183000 + 400),
    # "blind180" is a hundred-and-eightieth independent pool (blind180_works.py, blind180_text.py), written by a
    # hundred-and-eightieth hand without reading the checker, its tests or the other pools: marketers in Sweden, Finland
    # and their diaspora (Stockholm, Göteborg, Malmö, Uppsala, Umeå, Luleå, Kiruna; Helsinki/Helsingfors, Espoo,
    # Tampere, Turku/Åbo, Oulu, Vaasa, Rovaniemi, Mariehamn; London, Berlin, Minneapolis, Tallinn) at banks and fintechs
    # (SEB, Handelsbanken, Swedbank, Nordea, OP, Klarna, Swish, MobilePay, Trustly, Avanza), insurers (Folksam,
    # Länsförsäkringar, LocalTapiola), telecoms (Telia, Tele2, Elisa, DNA), retailers (IKEA, H&M, ICA, Coop, Axfood,
    # Kesko, S Group, Stockmann, Clas Ohlson, Apotek Hjärtat, Verkkokauppa.com), food and drink makers (Oatly, Arla,
    # Valio, Fazer, Paulig, Marabou, Absolut) and the monopolies (Systembolaget, Alko), Spotify, Ericsson, Nokia,
    # Supercell, Rovio, Wolt, Volvo Cars, Polestar, Finnair, SAS, VR, media and agencies on CIM Level 6 and 7 courses
    # and MBAs (laws by SFS and Finlex number, EU acts, bills, IMY and ombudsman decisions, court cases, prior-year
    # figures in brackets, SEK, kr, MSEK, EUR, milj. and mrd, VAT, exchange rates, week numbers, ISO and Finnish dates,
    # Midsommar, Juhannus, Lucia, Vappu, semla season, kräftskiva, Black Week, the Nobel ceremony, Slush, Almedalen,
    # Eurovision, people with their dates, executives, founding years, monopolies, legal forms and registration numbers,
    # tickers, addresses, products and models, awards, ratings, samples, interviewees, flights and trains, bilingual and
    # Sámi places, units, course codes, appendices, growth figures, population, handles, promo codes, bonuses, mergers,
    # sports and channels, none of them citations); journals with up to eight authors, some with DOIs, textbooks and
    # e-books (Studentlitteratur, Liber, Sanoma Pro, Gaudeamus), chapters, theses from the Stockholm School of
    # Economics, Uppsala, Lund, Göteborg, Umeå, Luleå, Aalto, Hanken, Helsinki, Tampere, Oulu, Vaasa, Lapland and Åbo
    # Akademi, conference papers, company pages and reports (AB, AB (publ), Oy, Oyj, Abp, amba, B.V.), trade bodies (ry,
    # ekonomisk förening), regulators and governments, laws with their parliament or ministry as author, research firms
    # (Kantar Sifo, Novus, MMS, Finnpanel, Taloustutkimus, PostNord, Paytrail, SKI), the Swedish, Finnish and
    # Finland-Swedish press signed and unsigned, posts, podcasts, videos and undated pages; titles in Swedish and
    # Finnish with English in square brackets; Swedish, Finnish, Finland-Swedish, Sámi, Icelandic and Swedish
    # patronymic, noble (af, von, de), double-barrelled, Estonian, Swedish-American and immigrant names. Held out for
    # its first tables (stop 41), development data since stop 41. Seeds from 184000.
    "blind180": range(184000, 184000 + 100),
    "blind180-more": range(184000 + 100, 184000 + 400),
    # "blind181" is a hundred-and-eighty-first independent pool (blind181_works.py, blind181_text.py), written by a
    # hundred-and-eighty-first hand without reading the checker, its tests or the other pools: marketers in Jamaica,
    # Trinidad and Tobago, Barbados, the wider English-speaking Caribbean (Kingston, Montego Bay, Ocho Rios, Port of
    # Spain, San Fernando, Chaguanas, Bridgetown, Nassau, Georgetown, Castries, St. George's, Basseterre, Roseau,
    # Belmopan) and its diaspora (Brixton, Croydon, Birmingham, Toronto, Brooklyn, Miami, Fort Lauderdale) at banks and
    # fintechs (NCB, Scotiabank Jamaica, JMMB, Sagicor, First Citizens, Republic Bank, CIBC Caribbean, Lynk), telecoms
    # (Digicel, Flow, bmobile/TSTT), food and drink makers and retailers (GraceKennedy, Wisynco, Tastee, Juici, Red
    # Stripe, J. Wray & Nephew, Appleton, Mount Gay, Angostura, Carib, Banks DIH, Massy, PriceSmart, Courts), resorts
    # and airlines (Sandals, Caribbean Airlines, interCaribbean, LIAT), media and agencies on CIM Level 6 and 7 courses
    # and MBAs (laws as "Data Protection Act, 2020 (Jamaica)", "Chap. 22:04", "Cap. 326D" and "s. 37(1)(a)", the FTC,
    # the OIC, the BOJ, TATT, J$, JMD, TT$, TTD, BDS$, BBD, EC$, XCD and US$ with exchange rates, Independence and
    # Emancipation Days, Carnival, J'ouvert, Crop Over, Divali and Phagwah, Sumfest and Rebel Salute, the CPL and West
    # Indies cricket, artists and albums, nicknames in quotation marks, executives, founders' years, legal forms with a
    # year ("LIAT (1974) Ltd"), tickers, fiscal years, parishes, diaspora places, addresses, area codes, flights, rums
    # with a year in the name, plans, slogans, awards, radio frequencies, hurricanes, elections, the Treaty of
    # Chaguaramas, tariff headings, samples, figures, interviewees, course codes, patois glosses in square brackets,
    # hashtags, time zones, sizes, ratings, universities, curfews, programmes, rankings, local dates and licences, none
    # of them citations); journals with up to eight authors, some with DOIs, textbooks and e-books, chapters, UWI (Mona,
    # St. Augustine, Cave Hill), UTech, Lok Jack and University of Guyana theses, SALISES and other conference papers,
    # company pages and reports (Ltd., Limited, Inc., Holdings, credit unions and building societies), trade bodies,
    # regulators and governments (one of them with two works of a year), laws with the government as author, research
    # firms' titles with a year, the press signed and unsigned, posts, podcasts, videos and undated pages; titles in
    # Jamaican patois, Trinidadian Creole and Bajan with English in square brackets; Afro-, Indo-, Chinese-,
    # Syrian-Lebanese- and Portuguese-Caribbean, French Creole and Rastafarian names, with "Jr.", "Sr." and "III",
    # hyphens, "de" and "da", D', Mc and O'. Held out for its first tables (stop 41), development data since stop 41.
    # Seeds from 185000.
    "blind181": range(185000, 185000 + 100),
    "blind181-more": range(185000 + 100, 185000 + 400),
    # "blind182" is a hundred-and-eighty-second independent pool (blind182_works.py, blind182_text.py), written by a
    # hundred-and-eighty-second hand without reading the checker, its tests or the other pools: marketers in the
    # American Midwest and its diaspora (Chicago, Detroit, Minneapolis–Saint Paul, Milwaukee, Cleveland, Columbus,
    # Cincinnati, Indianapolis, St. Louis, Kansas City, Omaha, Des Moines, Madison, Ann Arbor, Grand Rapids, Fargo,
    # Sioux Falls; Toronto, London, Dublin, Guadalajara, Monterrey) at banks and insurers (U.S. Bancorp, Fifth Third,
    # Huntington, KeyBank, Northern Trust, Discover, State Farm, Allstate, Progressive, Nationwide, Principal, Mutual of
    # Omaha, Thrivent), retailers (Target, Best Buy, Kohl's, Menards, Meijer, Hy-Vee, Kroger, Casey's, Jewel-Osco),
    # food, drink and consumer makers (Kraft Heinz, General Mills, Kellanova, Conagra, Hormel, Cargill, ADM, Land
    # O'Lakes, Anheuser-Busch, Molson Coors, P&G, SC Johnson, Mars Wrigley, 3M, John Deere, Harley-Davidson, Whirlpool),
    # Ford, GM and Stellantis, restaurants (McDonald's, Wendy's, Portillo's, Culver's, Skyline Chili, White Castle), the
    # Midwest press and broadcasters and agencies (Leo Burnett, FCB Chicago, Colle McVoy, Carmichael Lynch,
    # Commonwealth//McCann, Doner) on CIM Level 6 and 7 courses and MBAs (statutes as "740 ILCS 14", "15 U.S.C. §§
    # 6501–6506" and "47 U.S.C. § 227", CAN-SPAM, COPPA, the TCPA, the Minnesota and Indiana privacy acts, the FTC, the
    # CFPB and the Illinois Attorney General, $, US$ and USD with M, MM, B and bn, fiscal years and quarters, US dates,
    # tickers, area and ZIP codes, the Super Bowl, Black Friday and Cyber Monday, federal holidays, the Indy 500, State
    # Fairs, Summerfest and Lollapalooza, the Detroit Auto Show, March Madness and the Big Ten, founders and executives
    # with their dates and Jr., Sr. and III, products and model years, slogans, awards, loyalty programs, venues, roads,
    # Hmong New Year, Día de los Muertos, Pączki Day, Ramadan and Juneteenth, translations in brackets, regional words,
    # migrations, foreign currencies, stations, time zones, units, rates, course, NAICS and airport codes, rankings,
    # segments, census counts and settlements, none of them citations); journals with up to eight authors, some with
    # DOIs, textbooks and e-books (American editions), chapters, theses from Kellogg, Booth, Ross, Carlson, Kelley,
    # Fisher, Olin and Mendoza, AMA and other conference papers, company pages and reports (Inc., Corp., Co., LLC, LLP,
    # P.C., PLLC, N.A. and cooperatives), trade bodies, regulators and governments (the FTC with two works of 2019),
    # federal and state statutes with the legislature as author, research firms (Nielsen, Circana, Kantar, Gallup, Pew),
    # the press signed and unsigned, posts, podcasts, videos and undated pages; titles in English, Spanish, Polish and
    # Hmong with English in square brackets; German, Scandinavian, Polish, Irish, Dutch, Czech, Mexican, Hmong, Somali,
    # Arab and African-American names with middle initials, Jr., Sr. and III, hyphens, accents and particles, and
    # expatriate scholars. Held out for its first tables (stop 41), development data since stop 41. Seeds from 186000.
    "blind182": range(186000, 186000 + 100),
    "blind182-more": range(186000 + 100, 186000 + 400),
    # "blind183" is a hundred-and-eighty-third independent pool (blind183_works.py, blind183_text.py), written by a
    # hundred-and-eighty-third hand without reading the checker, its tests or the other pools: marketers in Puerto Rico,
    # the Dominican Republic, Cuba and their diaspora (San Juan, Bayamón, Ponce, Mayagüez, Caguas, Carolina; Santo
    # Domingo, Santiago de los Caballeros, Punta Cana, La Romana, Puerto Plata; Havana, Santiago de Cuba; Miami,
    # Hialeah, Orlando, the Bronx, Washington Heights, Newark, Boston, Madrid) at banks and fintechs (Popular,
    # FirstBank, Oriental/OFG, Banreservas, Banco Popular Dominicano, Banco BHD, Scotiabank RD, ATH Móvil, tPago),
    # telecoms (Claro, Liberty, Altice Dominicana, ETECSA), retailers and food and drink makers (Pueblo, Econo,
    # Supermercados Nacional, La Sirena, Goya, Presidente, Brugal, Barceló, Bacardí, Don Q, Medalla Light, Café Yaucono,
    # Induveca, Kola Real, Malta India), tourism and airlines (Discover Puerto Rico, Grupo Puntacana, JetBlue, Arajet),
    # the islands' press and broadcasters and agencies on CIM Level 6 and 7 courses and MBAs (laws as "Ley Núm. 81 de
    # 2019", "Ley 172-13", "Ley 358-05" and "Decreto-Ley 370", the Código de Comercio, COPPA, CAN-SPAM and the TCPA,
    # DACO, Pro Consumidor, INDOTEL and the ONE, $, US$, USD, RD$, DOP, CUP and MLC, exchange rates, fiscal years and
    # quarters, area and ZIP codes, tickers, hurricanes María and Fiona as dates, the Fiestas de la Calle San Sebastián,
    # Carnaval, the Merengue Festival, Three Kings' Day, the Día de la Independencia, Noche de San Juan, Semana Santa,
    # Black Friday and the parades, founders with their dates, people with nicknames in quotation marks and honorifics,
    # albums and songs with their years, artists' real names, awards, taglines, handles, routes and airport codes,
    # Spanish words glossed and translated in brackets, legal forms and cooperativas, channels and stations, teams,
    # neighbourhoods, units, census counts and survey samples, none of them citations); journals with up to eight
    # authors, some with DOIs, textbooks and e-books, chapters, theses from the UPR, Interamericana, Sagrado Corazón,
    # PUCMM, INTEC, UNIBE, UASD and the Universidad de La Habana, conference papers, company pages and reports (Inc.,
    # LLC, Corp., C. por A., S.R.L., S.A., S.A.S. and cooperativas), trade bodies, regulators and governments (some with
    # two works of a year), laws with the legislature as author, research firms' titles with a year, the press signed
    # and unsigned, posts, podcasts, videos and undated pages; Spanish titles with English in square brackets; Puerto
    # Rican, Dominican and Cuban names with two surnames (with a space, a hyphen or "y"), "de", "del", "de la" and "De
    # Jesús", Nuyorican and Dominican-York names with anglicised spellings, Jr., II and III, and expatriate scholars.
    # Held out for its first tables (stop 41), development data since stop 41. Seeds from 187000.
    "blind183": range(187000, 187000 + 100),
    "blind183-more": range(187000 + 100, 187000 + 400),
    # "blind184" is a hundred-and-eighty-fourth independent pool (blind184_works.py, blind184_text.py), written by a
    # hundred-and-eighty-fourth hand without reading the checker, its tests or the other pools: marketers in Taiwan and
    # its diaspora (Taipei, New Taipei, Taoyuan, Hsinchu, Taichung, Tainan, Kaohsiung, Keelung, Hualien, Taitung;
    # Vancouver, the San Gabriel Valley, the Bay Area, Singapore, Tokyo, Kuala Lumpur, Sydney) at banks and fintechs
    # (Cathay United, CTBC, Fubon, E.SUN, Taishin, Mega, SinoPac, LINE Bank, JKOPAY, LINE Pay, EasyCard), insurers,
    # telecoms, convenience stores, retailers and e-commerce (7-Eleven, FamilyMart, PX Mart, momo, PChome, Shopee), food
    # and drink makers (Uni-President, Wei Chuan, I-Mei, Kuai Kuai, TTL, Kavalan, Chun Shui Tang, 85°C, Din Tai Fung),
    # tech (TSMC, ASUS, Acer, HTC, Gogoro, Foxconn, MediaTek), EVA Air, China Airlines, Starlux and the THSR, the
    # Taiwanese press and agencies, on CIM Level 6 and 7 courses and MBAs (Minguo years and dates beside Gregorian ones,
    # NT$, NTD, TWD and 萬, the Personal Data Protection Act, Fair Trade Act, Consumer Protection Act and Food Safety and
    # Sanitation Management Act with amendment years and articles, the FTC, NCC, FSC, moda, DGBAS and CPC with their
    # founding years, founders and presidents with their years, TWSE and TPEx codes, festivals and lunar dates, Double
    # Eleven, Ghost Month, product models and chip nodes, Computex and the Golden Horse Awards, districts, postcodes,
    # MRT stations and addresses, names in characters with romanisations, loanwords, indigenous and Hakka festivals,
    # dramas and albums, typhoons and earthquakes, flights and trains, uniform invoices, e-invoice carriers, handles and
    # hashtags, none of them citations); journals with up to eight authors, some with DOIs, Taiwanese journals titled in
    # characters with English in square brackets, textbooks and e-books, chapters, theses from NTU, NCCU, Tsing Hua,
    # NCKU, Fu Jen and Tamkang, conference papers, working papers, company pages and reports (Co., Ltd., Corp., Inc. and
    # 股份有限公司, Minguo-year annual reports), trade bodies and institutes (TIER, MIC, III, TWNIC), regulators and
    # ministries, laws as the national database gives them, research firms with a year in the title, the press signed
    # and unsigned, posts, podcasts, videos and undated pages; Taiwanese names in Wade-Giles, Tongyong and passport
    # spellings with hyphenated, joined and spaced given names and English names, Hokkien and Hakka names with tone
    # marks, indigenous names with the father's or house name as surname, names in characters alone or with their
    # romanisation, Singaporean, Malaysian, Hong Kong, mainland and Japanese names, and expatriate scholars with
    # particles. Held out for its first tables (stop 41), development data since stop 41. Seeds from 188000.
    "blind184": range(188000, 188000 + 100),
    "blind184-more": range(188000 + 100, 188000 + 400),
    # "blind185" is a hundred-and-eighty-fifth independent pool (blind185_works.py, blind185_text.py), written by a
    # hundred-and-eighty-fifth hand without reading the checker, its tests or the other pools: marketers in Belgium,
    # Luxembourg and their diaspora (Brussels/Bruxelles/Brussel, Antwerp, Ghent, Bruges, Leuven, Mechelen, Liège, Namur,
    # Charleroi, Mons, Hasselt, Eupen; Luxembourg City, Esch-sur-Alzette, Kirchberg; Paris, Lille, Amsterdam, London,
    # Kinshasa) at banks and fintechs (KBC, Belfius, BNP Paribas Fortis, ING Belgium, Argenta, Crelan, Spuerkeess, BGL
    # BNP Paribas, Banque de Luxembourg, Payconiq, Bancontact), insurers (AG Insurance, Ethias, Foyer, La
    # Luxembourgeoise), telecoms (Proximus, Orange Belgium, Telenet, POST Luxembourg, Tango), retailers (Delhaize,
    # Colruyt, Carrefour Belgique, Aldi, Lidl, Cactus, Kruidvat, Action, Hema, bol.com, Zalando), food and drink makers
    # (AB InBev, Duvel Moortgat, Lotus Bakeries, Neuhaus, Godiva, Côte d'Or, Leonidas, Barry Callebaut, Vandemoortele,
    # Spadel, Bofferding, Rosport), Solvay, UCB, D'Ieteren, Brussels Airlines, Luxair, Cargolux, SNCB/ NMBS, RTL Group,
    # ArcelorMittal and Amazon EU S.à r.l., the Belgian and Luxembourg press and agencies (Mortierbrigade, Happiness,
    # Duval Guillaume, LDV United, TBWA\Belgium) on CIM Level 6 and 7 courses and MBAs (laws by their dates, "Wet van 30
    # juli 2018" and "Loi du 1er août 2018", articles of the Code of Economic Law (WER/CDE), the Belgisch Staatsblad and
    # Moniteur belge, GDPR articles, GBA/APD, CNPD, FSMA, CSSF and JEP decisions and circulars, KBO/BCE, VAT and RCS
    # numbers, legal forms and founding years, €, EUR, mio, mrd and Md€ with decimal commas, Belgian dates, Saint
    # Nicholas, the national days, the Gentse Feesten, Tomorrowland, Rock Werchter, the Ommegang, Binche, the
    # Schueberfouer, Batibouw, the Motor Show, the Tour of Flanders, renamed firms, founders, politicians and CEOs with
    # their dates, products with sizes and strengths, tariffs, app versions, awards, royal warrants, places in two or
    # three languages, postcodes, language communities, glosses, tickers, VAT rates, exchange rates, academic years,
    # course codes, own surveys, quarters, migrations, Ramadan and Eid, airports and trains, handles, phone numbers,
    # units, slogans, labels and scores, none of them citations); journals with up to eight authors, some with DOIs,
    # textbooks and e-books (Lannoo Campus, Acco, Die Keure, De Boeck, Larcier, Intersentia and international
    # publishers), chapters, theses from KU Leuven, UGent, UAntwerpen, Vlerick, Solvay, UCLouvain, HEC Liège, ICHEC and
    # the University of Luxembourg, EMAC, AFM and ICORIA papers, company pages and reports (NV/SA, BV, CV, vzw, S.A.,
    # S.à r.l., SE, GmbH & Co. KG), trade bodies, regulators and governments (organisations with two works of a year),
    # Belgian, Luxembourg and EU laws with the state or the EU institutions as author, research firms' titles with a
    # year, the press signed and unsigned, posts, podcasts, videos and undated pages; titles in Dutch, French, German
    # and Luxembourgish with English in square brackets; Flemish ("Van den Broeck", "De Smet", "Vande Walle",
    # "Vanderlinden"), Walloon ("de Lannoy", "du Bois", "le Grelle", "d'Ursel"), German-speaking, Luxembourgish,
    # Congolese (postnoms), Moroccan, Turkish, Italian and Portuguese Belgian and Dutch names, with hyphens, accents and
    # particles, and expatriate scholars. Held out for its first tables (stop 41), development data since stop 41. Seeds
    # from 189000.
    "blind185": range(189000, 189000 + 100),
    "blind185-more": range(189000 + 100, 189000 + 400),
    # "blind186" is a hundred-and-eighty-sixth independent pool (blind186_works.py, blind186_text.py), written by a
    # hundred-and-eighty-sixth hand without reading the checker, its tests or the other pools: marketers in the
    # Netherlands and its diaspora (Amsterdam, Rotterdam, Den Haag, Utrecht, Eindhoven, Groningen, Maastricht, Nijmegen,
    # Tilburg, Almere, Leeuwarden, Zwolle; Curaçao, Aruba, Sint Maarten, Paramaribo; London, Antwerp, Düsseldorf,
    # Toronto) at banks and fintechs (ING, Rabobank, ABN AMRO, de Volksbank/ASN, bunq, Adyen, Mollie, Tikkie, iDEAL),
    # insurers (Achmea/Centraal Beheer, NN Group, a.s.r.), telecoms (KPN, VodafoneZiggo, Odido), retailers (Albert
    # Heijn/Ahold Delhaize, Jumbo, Lidl Nederland, HEMA, Action, Bol, Coolblue, Etos, Kruidvat, Blokker, IKEA
    # Nederland), food and drink makers (Heineken, Grolsch, Swinkels, FrieslandCampina, Unilever, Verkade, Tony's
    # Chocolonely, JDE Peet's), Philips, ASML, Booking.com, Just Eat Takeaway, Picnic, KLM, NS, Transavia, Randstad,
    # Dille & Kamille, the Dutch press and agencies (Wieden+Kennedy Amsterdam, TBWA\NEBOKO, KesselsKramer) on CIM Level
    # 6 and 7 courses and MBAs (Dutch laws with their Staatsblad numbers and articles, the BW's articles, EU regulations
    # and directives, AP, ACM and AFM decisions, Reclame Code Commissie dossiers, the Nederlandse Reclame Code and the
    # RSM, KvK and BTW numbers, legal forms and founding years, € and EUR with mln and mld and decimal commas, Dutch
    # dates, Koningsdag, Sinterklaas, Keti Koti, Bevrijdingsdag, Prinsjesdag, the Elfstedentocht, Black Friday, Dutch
    # Design Week, ADE, founders, CEOs, politicians and footballers with their years, royal titles, products with sizes
    # and models, postcodes and addresses, phone numbers, StatLine tables, own surveys, figures, quarters, academic
    # years, course codes, awards, places in Dutch and Frisian, diaspora cities, renamed firms, tickers and ISINs,
    # tariffs, guilders and Surinamese dollars, VAT, handles, slogans, app versions, glosses, Ramadan and Suikerfeest,
    # trains and flights, scores and migration history, none of them citations); journals with up to eight authors, some
    # with DOIs, textbooks and e-books (Noordhoff, Boom, Pearson Benelux, Vakmedianet and international publishers),
    # chapters, theses from the Erasmus University/RSM, UvA, VU Amsterdam, Tilburg, Groningen, Maastricht SBE, Nyenrode,
    # Wageningen and TU Delft, EMAC, ICORIA and NVMI papers, company pages and reports (N.V., B.V., Coöperatie U.A.),
    # trade bodies, regulators and government (organisations with two works of a year), Dutch laws on wetten.overheid.nl
    # with the state as author, research firms' titles with a year, the press signed and unsigned, posts, podcasts,
    # videos and undated pages; titles in Dutch and Frisian with English in square brackets; names with their
    # tussenvoegsels apart ("van der Meer", "in 't Veld", "'t Hart", "op de Beek") or capitalised as the Flemish and
    # emigrants write them ("Van Dam", "Ter Beek"), double names ("van Dijk-de Vries"), Frisian -stra and -ma names, IJ
    # ("IJzerman"), Surinamese, Antillean, Indo-Dutch, Moluccan, Moroccan-Dutch, Turkish-Dutch and expatriate names.
    # Held out for its first tables (stop 41), development data since stop 42. Seeds from 190000.
    "blind186": range(190000, 190000 + 100),
    "blind186-more": range(190000 + 100, 190000 + 400),
    # "blind187" is a hundred-and-eighty-seventh independent pool (blind187_works.py, blind187_text.py), written by a
    # hundred-and-eighty-seventh hand without reading the checker, its tests or the other pools: marketers in Iran and
    # its diaspora (Tehran, Mashhad, Isfahan, Shiraz, Tabriz, Karaj, Qom, Ahvaz, Kish Island; Los Angeles
    # ('Tehrangeles'), Toronto/North York, Vancouver, London, Hamburg, Stockholm, Dubai, Istanbul) at banks and fintechs
    # (Bank Mellat, Bank Melli Iran, Bank Saderat, Bank Pasargad, Saman Bank, Ayandeh Bank, Asan Pardakht, Snapp! Pay,
    # Digipay, Shaparak), telecoms (MCI/Hamrah-e Avval, Irancell, RighTel), platforms and retailers (Digikala, Snapp,
    # Snapp Food, Divar, Torob, Tapsi, Alibaba.ir, Okala, Refah, Hyperstar, Ofogh Kourosh), food and drink makers
    # (Kalleh, Pegah, Zar Macaron, Minoo, Shirin Asal, Golestan, Delester, Zamzam), carmakers (Iran Khodro, SAIPA), the
    # Iranian and diaspora press (Donya-e-Eqtesad, Hamshahri, Tehran Times, Financial Tribune, IRNA, ISNA, BBC Persian,
    # Iran International, Manoto) on CIM Level 6 and 7 courses and MBAs (laws with their years, the Electronic Commerce
    # Law (2003), the Computer Crimes Law (2009), the Consumer Rights Protection Act (2009) and the draft data law,
    # Solar Hijri years and dates beside Gregorian ones, Nowruz, Yalda Night, Chaharshanbe Suri, Sizdah Bedar, Ramadan,
    # Muharram and Eid, Jome-ye Siah, rials, tomans, IRR and million tomans, exchange rates and the redenomination,
    # founders, CEOs and ministers with their dates, TSE tickers and TEDPIX, legal forms (PJS, Private Joint Stock,
    # Sherkat-e), registration and Enamad numbers, USSD codes, mobile prefixes, Sheba numbers and Shaparak, car models
    # and prices, product sizes, tariffs, app versions, fairs, awards, TV shows, films, Ferdowsi, Hafez and Saadi, the
    # JCPOA and sanctions, shutdowns and filtering, rankings, supervisors, sample statistics, inflation, diaspora
    # places, streets, free zones, Persian words in Perso-Arabic script, VAT, models and matrices, football, surveys,
    # history and HS codes, none of them citations); journals with up to eight authors, some with DOIs, textbooks and
    # e-books (Tehran publishers beside international ones, Kotler and Keller in their editions), chapters, theses from
    # the University of Tehran, Sharif, Allameh Tabataba'i, Shahid Beheshti, Tarbiat Modares, IUST and diaspora
    # universities, ECDC papers, company pages and reports (Co., PJS, Group, Sherkat-e names), trade bodies, regulators
    # and ministries (organisations with two works of a year), laws with the Islamic Parliament of Iran or the Central
    # Bank as author, research firms' titles with a year, the press signed and unsigned, posts, podcasts, videos and
    # undated pages; titles in transliterated Persian or Perso-Arabic script with English in square brackets; Persian,
    # Azeri-Iranian, Kurdish, Armenian- Iranian and Baluchi names ("-zadeh", "-pour", "-nejad", "-far", "-ian", "-loo",
    # "-abadi", "Mir-", "Seyed" and "Haj" given names, "Ja'fari", "Rezā'i", transliteration variants), diaspora double
    # names ("Karimi-Müller") and expatriate scholars with particles. Held out for its first tables (stop 41),
    # development data since stop 42. Seeds from 191000.
    "blind187": range(191000, 191000 + 100),
    "blind187-more": range(191000 + 100, 191000 + 400),
    # "blind188" is a hundred-and-eighty-eighth independent pool (blind188_works.py, blind188_text.py), written by a
    # hundred-and-eighty-eighth hand without reading the checker, its tests or the other pools: marketers in Hawaiʻi,
    # Washington, Oregon and their diaspora (Honolulu, Hilo, Kailua-Kona, Kahului, Līhuʻe; Seattle, Tacoma, Spokane,
    # Bellevue, Redmond, Olympia; Portland, Eugene, Salem, Bend; Vancouver BC, Anchorage, Tokyo, Manila, Seoul, Sydney)
    # at banks and credit unions (First Hawaiian Bank, Bank of Hawaii, Central Pacific Bank, HawaiiUSA FCU, WaFd Bank,
    # BECU, OnPoint, Umpqua), retailers (Costco, Nordstrom, REI Co-op, Fred Meyer, QFC, Foodland, Longs Drugs, ABC
    # Stores, Powell's Books, Amazon), food and drink makers (Starbucks, Tillamook, Hawaiian Host, Maui and Kona
    # Brewing, Ste. Michelle, Bob's Red Mill, MALIE Kai), Microsoft, Nike, Columbia, Alaska and Hawaiian Airlines,
    # T-Mobile, Hawaiian Electric and Kaiser Permanente, the islands' and the Northwest's press and agencies
    # (Wieden+Kennedy, Copacino+Fujikado) on CIM Level 6 and 7 courses and MBAs (laws as RCW, HRS, ORS, U.S.C. and CFR
    # number them, the FTC, the Washington Attorney General, the Office of Consumer Protection, HTA and DBEDT, Lei Day,
    # King Kamehameha Day and Prince Kūhiō Day, the Merrie Monarch Festival, Aloha Festivals, Seafair, Bumbershoot, the
    # Rose Festival, the Pendleton Round-Up, the Honolulu Marathon, Black Friday and Small Business Saturday, statehood,
    # the monarchs and the overthrow with their dates, treaties and tribal nations, the Lahaina fire and Iniki, tickers,
    # Form 10-K and fiscal years, $, US$ and USD with M, K and B, ZIP and area codes, flights and aircraft, product
    # models, campaigns, slogans, awards, rankings, glosses of Hawaiian and Japanese words, Japanese eras and Golden
    # Week, Lunar New Year, Chuseok and Obon, legal forms, mergers, app versions, hashtags, course codes, exchange
    # rates, miles and pounds, time zones, TV stations and American dates, none of them citations); journals with up to
    # eight authors, some with DOIs, textbooks and e-books, chapters, theses from Mānoa, HPU, UW, Seattle U, Gonzaga,
    # Oregon State, UO, Portland State and Chaminade, conference papers, company pages, annual reports and 10-Ks (Inc.,
    # Corp., Co., Ltd., LLC, co-ops), trade bodies, regulators and governments (organisations with two works of a year),
    # state and federal laws with the legislature or Congress as author, research firms' titles with a year, the press
    # signed and unsigned, social posts, podcasts, videos and undated pages; titles in Hawaiian, Japanese (romanised and
    # in kana and kanji) and Tagalog with English in square brackets; Native Hawaiian names with and without the ʻokina
    # and kahakō, Japanese-, Chinese-, Korean-, Filipino-, Samoan-, Tongan- and Portuguese-Hawaiian names, Northwest
    # Anglo, Scandinavian, Vietnamese, Somali, Mexican, Ukrainian and Native American names, particles ("dela Rosa", "de
    # los Reyes"), suffixes ("Jr.", "III"), middle initials and hyphens. Held out for its first tables (stop 41),
    # development data since stop 42. Seeds from 192000.
    "blind188": range(192000, 192000 + 100),
    "blind188-more": range(192000 + 100, 192000 + 400),
    # "blind189" is a hundred-and-eighty-ninth independent pool (blind189_works.py, blind189_text.py), written by a
    # hundred-and-eighty-ninth hand without reading the checker, its tests or the other pools: marketers in Denmark,
    # Norway, Greenland, the Faroe Islands and their diaspora (Copenhagen/København, Aarhus, Odense, Aalborg, Esbjerg,
    # Roskilde; Oslo, Bergen, Trondheim, Stavanger, Tromsø, Kristiansand, Bodø; Nuuk, Tórshavn; London, Malmö, Hamburg,
    # Minneapolis, Brooklyn) at banks and fintechs (Danske Bank, Nordea, Jyske Bank, Nykredit, Lunar, Vipps MobilePay,
    # DNB, SpareBank 1, Sbanken, Klarna), telecoms (TDC/Nuuday, YouSee, Telenor, Telia, 3), retailers (Salling Group,
    # Coop, Rema 1000, Matas, Magasin, Illum, Søstrene Grene, Flying Tiger Copenhagen, JYSK, Elkjøp, NorgesGruppen,
    # Komplett, Finn.no), food and drink makers (Carlsberg, Arla, Danish Crown, Toms, Lakrids by Bülow, Orkla, Tine,
    # Mack, Ringnes, Mowi, Lerøy), LEGO, Novo Nordisk, Pandora, Ørsted, Maersk, B&O, Vestas, Equinor, SAS, Norwegian,
    # Hurtigruten, Kahoot! and Schibsted, the region's press and agencies (&Co., Robert/Boisen, Uncle Grey, TRY Apt,
    # Anorak, Schjærven, Nordpol+) on CIM Level 6 and 7 courses and MBAs (laws as Retsinformation and Lovdata number
    # them, LBK nr., lov nr. and LOV-, § signs, GDPR articles, Forbrugerombudsmanden and Forbrukertilsynet with their
    # case numbers, kr., DKK, NOK, mio. kr. and mia. kr., moms and MVA, CVR and organisation numbers, postcodes, phone
    # numbers, IBANs, 17. mai, Sankt Hans, julefrokost and J-dag, Fastelavn, Roskilde Festival and Øyafestivalen,
    # Ólavsøka and Sámi National Day, Black Friday and Singles' Day, Danish and Norwegian dates, week numbers, tickers,
    # founders', royals' and chief executives' years, legal forms, mergers, ships, flights, product models, slogans,
    # awards, rankings, TV series, football seasons, ecolabels, fiscal years, clock times, hashtags, course codes and
    # glosses of Danish, Norwegian, Greenlandic, Faroese and Sámi words, none of them citations); journals with up to
    # eight authors, some with DOIs, textbooks and e-books, chapters, theses from CBS, Aarhus BSS, SDU, AAU, NHH, BI,
    # NTNU, UiO, UiT, Ilisimatusarfik and Fróðskaparsetrið, conference papers, company pages and reports (A/S, ApS, P/S,
    # P/F, amba, AS, ASA, SA, fonden and stiftelse), trade bodies, regulators and ministries (organisations with two
    # works of a year), Danish, Norwegian and EU laws with the ministry as author, research firms' titles with a year,
    # the press signed and unsigned, social posts, podcasts, videos and undated pages; titles in Danish, Norwegian,
    # Greenlandic and Faroese with English in square brackets; Danish and Norwegian names with Ø, Æ and Å written or
    # transliterated ("Sørensen", "Soerensen", "Aagaard"), double surnames with and without a hyphen, nobility particles
    # ("af", "von"), Greenlandic, Faroese ("-dóttir", "á", "í") and Sámi names, immigrant and expatriate names. Held out
    # for its first tables (stop 42), development data since stop 42. Seeds from 193000.
    "blind189": range(193000, 193000 + 100),
    "blind189-more": range(193000 + 100, 193000 + 400),
    # "blind190" is a hundred-and-ninetieth independent pool (blind190_works.py, blind190_text.py), written by a
    # hundred-and-ninetieth hand without reading the checker, its tests or the other pools: marketers in Israel and its
    # diaspora (Tel Aviv-Yafo, Jerusalem, Haifa, Be'er Sheva, Herzliya, Ra'anana, Petah Tikva, Netanya, Eilat, Nazareth;
    # New York, Los Angeles, London, Paris, Toronto, Berlin) at banks and fintechs (Leumi, Hapoalim, Discount,
    # Mizrahi-Tefahot, First International, One Zero, Pepper, Bit, PayBox, Isracard, Max, Cal), insurers (Harel, Migdal,
    # Clal, Phoenix, Menora Mivtachim), telecoms (Bezeq, Partner, Cellcom, HOT, Pelephone, Golan Telecom), retailers
    # (Shufersal, Rami Levy, Victory, Yochananof, Super-Pharm, Fox, Castro, Golf & Co, KSP, Zap), food and drink makers
    # (Strauss, Elite, Osem, Tnuva, Tara, Tempo, Wissotzky, Sabra, SodaStream, Golan Heights Winery), tech firms (Wix,
    # Fiverr, monday.com, Check Point, Waze, Mobileye, Teva, Taboola, Payoneer, Lemonade), the Israeli and diaspora
    # press and agencies (McCann Tel Aviv, BBR Saatchi & Saatchi, Gitam BBDO, Baumann Ber Rivnay, Reuveni Pridan) on CIM
    # Level 6 and 7 courses and MBAs (laws numbered by both calendars, "Protection of Privacy Law, 5741-1981", sections
    # and amendments, the anti-spam section 30A, the Data Security Regulations, Hebrew-calendar years, months and dates
    # beside Gregorian ones, festivals from Rosh Hashanah to Eid al-Fitr and Black Friday, ₪, NIS, ILS and million NIS,
    # exchange, VAT and interest rates, the CPI, TASE and NASDAQ tickers, company numbers, Ba'am and co-ops, star
    # numbers, postcodes, addresses, roads and towers, founders, CEOs, celebrities and historical figures with their
    # years, wars, lockdowns, elections and protests with their dates, TV shows and channels, awards, rankings,
    # conferences, diaspora events, samples, tables, shares of sectors, product sizes and models, phones, app versions,
    # hashtags, Hebrew words glossed and in Hebrew script, kashrut, Israeli Standards, the shmita year, classes, course
    # codes, quarters, slogans, regulators' decisions, price control, Shabbat hours and diaspora places, none of them
    # citations); journals with up to eight authors, some with DOIs, textbooks and e-books, chapters, theses from Tel
    # Aviv University (Coller), the Hebrew University, the Technion, Reichman, Bar-Ilan, Ben-Gurion, Haifa and the Open
    # University, conference papers, company pages and reports (Ltd., Ltd, B.M., Group, LLC, Inc.), trade bodies,
    # regulators and ministries (organisations with two works of a year), laws and regulations with the Knesset, the
    # State of Israel or the Ministry of Justice as author, research firms' titles with a year, the press signed and
    # unsigned, social posts, podcasts, videos and undated pages; titles in transliterated Hebrew and Arabic or in
    # Hebrew script with English in square brackets; Ashkenazi, Mizrahi, Russian-Israeli, Ethiopian-Israeli, Druze,
    # Bedouin and Christian and Muslim Arab names, diaspora names with accents ("Benaïm", "Lévy", "Müller-Katz"),
    # hyphens and spaces ("Ben-David", "Ben Ami", "Abu Rayya"), apostrophes ("Ya'akov", "Ra'anan"), particles ("de
    # Rothschild", "ben Natan", "bar Yochai") and transliteration variants (Tzipi/Tsipi, Chaim/Haim, Yitzhak/Itzhak,
    # Cohen/Kohen, Levi/Levy, Shapira/Shapiro). Held out for its first tables (stop 42), development data since stop 42.
    # Seeds from 194000.
    "blind190": range(194000, 194000 + 100),
    "blind190-more": range(194000 + 100, 194000 + 400),
    # "blind191" is a hundred-and-ninety-first independent pool (blind191_works.py, blind191_text.py), written by a
    # hundred-and-ninety-first hand without reading the checker, its tests or the other pools: marketers in Singapore,
    # Hong Kong, Macau and their diaspora (Orchard, Jurong, Tampines, Punggol, One-North; Central, Kowloon, Tsim Sha
    # Tsui, Sha Tin, Tsuen Wan, Causeway Bay; Taipa, Cotai; Shenzhen, Guangzhou, Kuala Lumpur, Johor Bahru, Vancouver,
    # Sydney, London) at banks and fintechs (DBS, OCBC, UOB, POSB, GXS, Trust Bank, HSBC, Hang Seng, BOCHK, Standard
    # Chartered, ZA Bank, Octopus, PayMe, AlipayHK, Grab Financial, Nium), telecoms (Singtel, StarHub, M1, csl,
    # SmarTone, 3 Hong Kong, CTM), retailers and platforms (FairPrice, Cold Storage, Sheng Siong, Don Don Donki, Shopee,
    # Lazada, Carousell, Watsons, Mannings, HKTVmall, Sa Sa, Chow Tai Fook, Charles & Keith), F&B makers (Tiger Beer,
    # Yeo's, F&N, Ya Kun, Old Chang Kee, Bee Cheng Hiang, Irvins, BreadTalk, Vitasoy, Maxim's, Café de Coral, Lee Kum
    # Kee, Koi Kei), Singapore Airlines, Cathay Pacific, Grab, Sea, Razer, Changi, MTR, Sands China, Galaxy, Disneyland
    # and Ocean Park on CIM Level 6 and 7 courses and MBAs (laws with their numbers: No. 26 of 2012, Cap. 311A, Cap.
    # 486, Cap. 362, Lei n.º 8/2005 and the 2020 Revised Edition, the DNC Registry, National Day, lunar dates, the
    # zodiac, Hari Raya, Deepavali, Ching Ming, Tuen Ng, Chinese New Year's Eve, 11.11, Golden Week, the handover, the
    # Circuit Breaker, S$, SGD, HK$ and MOP, exchange rates, SGX and HKEX tickers, UENs, "est." years and Sdn. Bhd.,
    # lifespans, celebrities, MIRROR, TVB dramas, films and songs, awards, rankings, MRT and MTR lines, addresses,
    # postal codes, phone numbers and short codes, product models, telco plans, the candidate's own survey, figures,
    # fiscal years and halves, y-o-y changes, GST, censuses, glosses of Chinese and Malay words, hashtags, course codes,
    # slogans, app versions, store counts, the casino concessions, flights, vouchers, weights and sizes, Chinese year
    # names and SSIC and HS codes, none of them citations); journals with up to eight authors, some with DOIs, textbooks
    # and e-books, chapters, theses from NUS, NTU, SMU, SUSS, HKU, CUHK, HKUST, PolyU, CityU, HKBU and the University of
    # Macau, conference papers, working papers, company pages and reports (Pte. Ltd., Limited, Ltd., Co., Ltd., Sdn.
    # Bhd., S.A.), regulators and trade bodies (PDPC, IMDA, MAS, CCCS, ASAS, SingStat, PCPD, HKMA, the Consumer Council,
    # the Census and Statistics Department, GPDP; organisations with two works of a year), laws with Parliament,
    # Singapore Statutes Online, Hong Kong e-Legislation or the Imprensa Oficial as author, research firms' titles with
    # a year, the press signed and unsigned, social posts, podcasts, videos and undated pages; titles in Chinese
    # characters, Malay, Tamil and Portuguese with English in square brackets; Hokkien, Teochew, Cantonese, Hakka and
    # pinyin names, Western given names before the Chinese ones, Malay names with bin, binte and binti written whole,
    # Tamil and Indian names with initials and s/o and d/o, Eurasian and Macanese names ("de Souza", "Senna Fernandes",
    # "Conceição") and expatriates. Held out for its first tables (stop 42), development data since stop 42. Seeds from
    # 195000.
    "blind191": range(195000, 195000 + 100),
    "blind191-more": range(195000 + 100, 195000 + 400),
    # "blind192" is a hundred-and-ninety-second independent pool (blind192_works.py, blind192_text.py), written by a
    # hundred-and-ninety-second hand without reading the checker, its tests or the other pools: marketers in South
    # Africa, Namibia, Botswana, Lesotho, Eswatini and their diaspora (Johannesburg, Sandton, Tshwane, Cape Town,
    # Stellenbosch, Durban/eThekwini, Gqeberha, Bloemfontein, Polokwane, Mbombela; Windhoek; Gaborone; Maseru;
    # Mbabane; London, Perth, Auckland, Toronto, Dubai) at banks and fintechs (Standard Bank, FNB, Absa, Nedbank,
    # Capitec, Discovery Bank, TymeBank, Yoco, Ozow, Bank Windhoek), telecoms (Vodacom, MTN, Cell C, Telkom, Mascom,
    # MTC), retailers (Shoprite/Checkers, Pick n Pay, Woolworths, Spar, Clicks, Dis-Chem, Mr Price, Pep, Takealot,
    # Choppies), food and drink makers (SAB, Distell, Tiger Brands, Nando's, Spur, Namibia Breweries, Clover),
    # MultiChoice, Eskom, airlines, the press and agencies on CIM Level 6 and 7 courses and MBAs (Acts numbered
    # "Act 4 of 2013", sections, Government Gazette numbers, B-BBEE levels, rand as "R2,5 million", "R1.2bn" and
    # "R12 500", N$ and pula, ARB rulings, regulators with years, Competition Tribunal case numbers, public
    # holidays, load-shedding stages, Black Friday, the Loeries, Pendoring and Cannes Lions, sports events,
    # lifespans, celebrities, "est." years, JSE codes, company registration numbers, legal forms, the candidate's
    # own survey, LSM and MAPS, figures and tables, quarters and financial years, VAT, data bundles, product
    # models, USSD and SMS short codes, phone numbers, postal codes, provinces and renamed cities, glosses of
    # Afrikaans, isiZulu, Tsotsitaal and Setswana words, hashtags, slogans, census figures, exchange rates, course
    # codes, word counts, store counts, times, diaspora places, supervisors, interviewees, national roads,
    # townships and the exam brief, none of them citations); journals with up to eight authors, some with DOIs,
    # textbooks and e-books, chapters, theses from UCT, Wits, Stellenbosch, UP (GIBS), UJ, UKZN, Rhodes, UNISA,
    # NWU, UNAM and the University of Botswana, conference papers, company pages and reports ((Pty) Ltd, Ltd, SOC
    # Ltd, Inc.), regulators and trade bodies (ARB, Information Regulator, NCC, ICASA, FSCA, Competition
    # Commission, Stats SA, BankservAfrica; organisations with two works of a year), Acts with the Republic of South
    # Africa or a Parliament as author and the Government Gazette, research firms' titles with a year, the press
    # signed and unsigned, social posts, podcasts, videos and undated pages; titles in Afrikaans, isiZulu,
    # isiXhosa, Sesotho and Setswana with English in square brackets; Afrikaans particles written apart ("van der
    # Merwe", "du Plessis") or whole and capitalised ("Van der Merwe", "Janse van Rensburg"), Nguni, Sotho-Tswana,
    # Tsonga, Venda, Herero, Oshiwambo and Nama names ("!Gawaseb", "Hoëb"), Indian South African, Cape Malay,
    # Portuguese, Greek and Jewish South African names, double-barrelled names and expatriates.
    # Held out for its first tables (stop 42), development data since stop 43. Seeds from 196000.
    "blind192": range(196000, 196000 + 100),
    "blind192-more": range(196000 + 100, 196000 + 400),
    # "blind193" is a hundred-and-ninety-third independent pool (blind193_works.py, blind193_text.py), written by a
    # hundred-and-ninety-third hand without reading the checker, its tests or the other pools: marketers in Portugal,
    # Madeira, the Azores and the Portuguese diaspora (Lisboa, Porto, Braga, Coimbra, Aveiro, Faro, Setúbal, Funchal,
    # Ponta Delgada; Paris, Luxembourg, Geneva, London, Newark, Fall River, Toronto, São Paulo, Luanda, Maputo, Macau)
    # at banks and fintechs (Caixa Geral de Depósitos, Millennium bcp, Novo Banco, Santander Totta, BPI, Montepio,
    # Crédito Agrícola, MB WAY/SIBS, Revolut), telecoms (MEO/Altice, NOS, Vodafone, DIGI), retailers (Continente/Sonae
    # MC, Pingo Doce/Jerónimo Martins, Lidl, Auchan, Worten, Fnac, Parfois, Salsa, Farfetch), food and drink makers
    # (Delta Cafés, Sumol+Compal, Super Bock, Sagres, Licor Beirão, Sogrape, Symington, Ramirez, Vitalis, Luso), TAP,
    # CP, Galp, EDP, Navigator, Corticeira Amorim, Vista Alegre, Bordallo Pinheiro, OutSystems, Talkdesk, Feedzai, the
    # press and the agencies (Fuel, Uzina, BAR Ogilvy, Havas, Dentsu Creative, Stream and Tough Guys) on CIM Level 6
    # and 7 courses and MBAs (laws by number and date: Lei n.º 58/2019, Decreto-Lei n.º 7/2004, the Código da
    # Publicidade, Lei n.º 24/96, EU regulations, Diário da República series and numbers; the CNPD, ANACOM, ASAE,
    # the Autoridade da Concorrência and Banco de Portugal in brackets; Santo António, São João, Carnaval, 25 de
    # Abril, Dia de Portugal, the Consoada, Black Friday, Web Summit, Rock in Rio Lisboa, NOS Alive, Euro 2004;
    # euros and percentages with decimal commas, M€, escudos; footballers, founders and artists with their years,
    # brand launch years, awards, rankings, product models, tariffs, NIF and NIPC, postal codes, phone numbers,
    # tickers, CAE codes, censuses, the candidate's own survey, figures, semesters, y-o-y changes, hashtags, app
    # versions, diaspora estimates, vintages, executives, TV programmes, lockdown dates, Portuguese dates, glosses of
    # Portuguese words, the troika years, Multibanco references and legal forms, none of them citations); journals
    # with up to eight authors, some with DOIs, textbooks and e-books from Lisbon, Coimbra, Porto and London,
    # chapters, theses from Nova SBE, Católica-Lisbon, ISEG, ISCTE, FEP, Porto Business School, Minho, Coimbra,
    # Aveiro, the Azores and Madeira, conference papers, company pages and reports (S.A., SGPS, Lda., Unipessoal
    # Lda., CRL, E.P.E., IPSS, I.P.), trade bodies, regulators and government (organisations with two works of a
    # year), laws with the Assembleia da República, the Diário da República or Portugal as author, research firms'
    # titles with a year, the press signed and unsigned, social posts, podcasts, videos and undated pages;
    # Portuguese titles with English in square brackets; Portuguese names with several surnames filed under the last
    # ("Ferreira, M.J. dos S."), under a compound surname or with the particle first ("dos Santos Ferreira"),
    # Júnior, Neto, Filho and Sobrinho kept with the surname, accents written and dropped, Cape Verdean, Angolan,
    # Mozambican, Brazilian, Goan, Macanese and Luso-descendant names ("Da Silva", "DaCosta") and expatriates.
    # Held out for its first tables (stop 42), development data since stop 43. Seeds from 197000.
    "blind193": range(197000, 197000 + 100),
    "blind193-more": range(197000 + 100, 197000 + 400),
    # "blind194" is a hundred-and-ninety-fourth independent pool (blind194_works.py, blind194_text.py), written by a
    # hundred-and-ninety-fourth hand without reading the checker, its tests or the other pools: marketers in Greece,
    # Cyprus and the Greek diaspora (Athens, Piraeus, Thessaloniki, Patras, Heraklion, Larissa, Volos, Ioannina,
    # Rhodes, Mykonos, Santorini; Nicosia, Limassol, Larnaca, Paphos; Melbourne, Sydney, Astoria, Chicago, Toronto,
    # Montreal, London, Munich, Stuttgart) at banks and fintechs (National Bank of Greece, Piraeus Bank, Alpha Bank,
    # Eurobank, Bank of Cyprus, Hellenic Bank, Viva Wallet, IRIS), telecoms (Cosmote/OTE, Vodafone, Nova, Cyta, Epic),
    # retailers (Sklavenitis, AB Vassilopoulos, Lidl Hellas, Masoutis, Jumbo, Public, Plaisio, Kotsovolos, Skroutz,
    # e-Food, Alphamega), food and drink makers (Vivartia, Delta, Mevgal, Fage, Chipita, Loumidis, Lacta, Barba
    # Stathis, Mythos, Fix, Keo, Lanitis, Ouzo Plomari), Aegean, Sky Express, Blue Star Ferries, OPAP/Allwyn, Coca-Cola
    # HBC, PPC, Helleniq Energy, Korres, Apivita, Grecotel, media and agencies on CIM Level 6 and 7 courses and MBAs
    # (laws with their numbers and Gazette issues: Law 4624/2019, Law 2251/1994, Ν. 3471/2006, ΦΕΚ Β΄ issues, Law
    # 125(I)/2018, EU regulations, regulators' decisions, name days, Pascha, Clean Monday, Apokries, 25 March, Ochi Day,
    # the Dekapentavgoustos, Black Friday and the winter sales, the Thessaloniki International Fair, the Ermis and Effie
    # Awards, the Athens and Limassol Marathons, €, EUR and "εκατ. ευρώ" with decimal commas, legal forms (Α.Ε., S.A.,
    # ΙΚΕ, Ο.Ε., Ε.Ε., Ltd, HE numbers), AFM, GEMI and IBAN numbers, postcodes, phone numbers, product models, Greek
    # glosses, PDO labels, celebrities, interviews, founding years, the crisis years, the memoranda, the bail-in, theses
    # and course codes, TV shows, Eurovision, clubs, NSRF and Greece 2.0 funds, fuel prices, ferry routes, flights,
    # hotel stars, market shares, ISO standards, Greek dates, survey waves, the referendum, diaspora festivals, slogans
    # and ATHEX tickers, none of them citations); journals with up to eight authors, some with DOIs, textbooks and
    # e-books, Greek books with English in square brackets, chapters, theses from AUEB, Piraeus, AUTH, NKUA,
    # Macedonia, ALBA, UCY, CUT and UNic, conference papers, company pages and reports (S.A., A.E., Public Company Ltd,
    # plc), trade bodies and regulators (HDPA/ΑΠΔΠΧ, the Cypriot Commissioner, EETT, the Competition Commission,
    # ELSTAT, CYSTAT, the Bank of Greece; organisations with two works of a year), laws with the Hellenic Republic or
    # the Republic of Cyprus as author, research firms' titles with a year (Focus Bari, Kapa Research, Nielsen Hellas),
    # the press signed and unsigned, social posts, podcasts, videos and undated pages; names in Greek script and in
    # transliteration with their variants (Georgiou/Yeorgiou, Chatzidakis/Hatzidakis, Konstantinou/Constantinou,
    # Oikonomou/Economou), feminine forms, patronymic initials, Cypriot Hadji- names, Turkish-Cypriot, Armenian-Cypriot
    # and Maronite names, diaspora spellings (Pappas, Poulos, Stephanopoulos) and expatriates.
    # Held out for its first tables (stop 42), development data since stop 43. Seeds from 198000.
    "blind194": range(198000, 198000 + 100),
    "blind194-more": range(198000 + 100, 198000 + 400),
    # "blind195" is a hundred-and-ninety-fifth independent pool (blind195_works.py, blind195_text.py), written by a
    # hundred-and-ninety-fifth hand without reading the checker, its tests or the other pools: marketers in Brazil and
    # its diaspora (São Paulo, Rio de Janeiro, Belo Horizonte, Porto Alegre, Curitiba, Recife, Salvador, Fortaleza,
    # Brasília, Manaus, Florianópolis, Campinas; Lisbon, Porto, Miami, Orlando, Framingham, Newark, London, Hamamatsu,
    # Luanda) at banks and fintechs (Itaú Unibanco, Bradesco, Banco do Brasil, Caixa, Santander Brasil, Nubank, Inter,
    # C6 Bank, PicPay, Mercado Pago, Stone, PagBank, Pix), telecoms (Vivo, Claro, TIM, Oi), retailers and platforms
    # (Magalu, Casas Bahia, Americanas, Mercado Livre, Shopee, Carrefour/Atacadão, GPA, Assaí, Renner, Riachuelo, C&A,
    # Natura &Co, O Boticário, Havaianas, iFood, Rappi), food and drink makers (Ambev, Guaraná Antarctica, JBS, BRF,
    # Nestlé Brasil, Cacau Show, Piracanjuba, Ypê, 3 Corações), Petrobras, Embraer, LATAM, GOL, Azul, Globo, the press
    # and agencies on CIM Level 6 and 7 courses and MBAs (laws by number and date: Lei nº 13.709/2018, Lei nº
    # 8.078/1990, Lei nº 12.965/2014, Decreto nº 7.962/2013 with DOU sections and pages, CDC articles, the CONAR code
    # and its cases, ANPD, BCB and Anvisa resolutions, CADE cases, Procon-SP fines, reais written R$ with decimal
    # commas and "mi", "bi", "milhões", exchange rates, CNPJ and CPF numbers, Ltda., S.A., EIRELI, MEI, ME and EPP,
    # Carnaval, São João, Dia das Mães, Dia dos Namorados, Black Friday and the 13º salário, the World Cup, Rio 2016
    # and Rock in Rio, founders, executives and celebrities, the Census and PNAD, IPCA and Selic, social classes,
    # tickers, quarters (4T23), phone numbers, CEPs, handles, product models, slogans, awards, rankings, courses, the
    # candidate's own survey, novelas, clubs, diaspora places, the Kasato Maru, Portuguese glosses, Pix, 5G, ABNT and
    # ISO standards, business hours, state abbreviations, app versions, the quarantine, audience points and the press,
    # none of them citations); journals with up to eight authors, some with DOIs or SciELO links, textbooks, e-books
    # and classics in translation, chapters, theses from FEA-USP, FGV EAESP, Insper, ESPM, COPPEAD, UFMG, UFRGS,
    # PUC-Rio, Unicamp and Mackenzie, EnANPAD, EMA, Intercom and SemeAd papers, company pages and reports (S.A., Ltda.,
    # Ltd.), trade bodies (ABA, CONAR, Febraban, ABComm, IAB Brasil, Sebrae) and regulators (BCB, ANPD, Procon-SP,
    # Senacon, Anatel, CADE, IBGE, Ipea; organisations with two works of a year), laws with Brasil, the BCB, the ANPD,
    # Anatel or CONAR as author, research firms' titles with a year (Kantar IBOPE Media, NielsenIQ Ebit, Datafolha,
    # Instituto Locomotiva), the press signed and unsigned, social posts, podcasts, videos and undated pages;
    # Portuguese titles with English in square brackets; Brazilian names with several surnames and particles ("Santos,
    # M.A. da S.", "da Silva", "Silva, M. da"), Filho, Neto, Júnior and Sobrinho kept with the surname, accents written
    # and dropped, Japanese-, Italian-, German-, Lebanese- and Afro-Brazilian and Indigenous names, diaspora spellings
    # ("DaSilva", "De Souza") and expatriates.
    # Held out for its first tables (stop 42), development data since stop 43. Seeds from 199000.
    "blind195": range(199000, 199000 + 100),
    "blind195-more": range(199000 + 100, 199000 + 400),
    # "blind196" is a hundred-and-ninety-sixth independent pool (blind196_works.py, blind196_text.py), written by a
    # hundred-and-ninety-sixth hand without reading the checker, its tests or the other pools: marketers in Poland and
    # the Polish diaspora (Warszawa, Kraków, Łódź, Wrocław, Poznań, Gdańsk, Gdynia, Sopot, Szczecin, Lublin, Katowice,
    # Białystok, Rzeszów; London, Dublin, Chicago (Jackowo), New York (Greenpoint), Toronto, Berlin, Oslo, Reykjavík) at
    # banks and fintechs (PKO Bank Polski, Pekao, mBank, Santander Bank Polska, ING Bank Śląski, Millennium, Alior,
    # BLIK, Revolut, Twisto), insurers (PZU, Warta), telecoms (Orange Polska, Play, Plus, T-Mobile Polska), retailers
    # and platforms (Allegro, Biedronka, Lidl Polska, Żabka, Dino, Rossmann, LPP, CCC, Empik, Media Expert, x-kom,
    # InPost, Pyszne.pl, OLX, Vinted), food and drink makers (Maspex, Wedel, Wawel, Mlekovita, Mlekpol, Sokołów,
    # Żywiec, Kompania Piwowarska), CD Projekt, Techland, Orlen, LOT, PKP Intercity, Inglot, Ziaja, Booksy, DocPlanner,
    # Brainly, media and agencies on CIM Level 6 and 7 courses and MBAs (Polish laws with their Dz.U. numbers and
    # consolidated texts, articles of the Prawo telekomunikacyjne and RODO, UOKiK and UODO decision numbers, the
    # Kodeks Etyki Reklamy and Rada Reklamy resolutions, złoty amounts in "mln zł" and "mld zł" with decimal commas and
    # spaces, PLN, r/r growth, KRS and NIP numbers, founding years of brands and universities, Wszystkich Świętych,
    # Independence Day, majówka, Tłusty Czwartek, Wigilia, Andrzejki, Black Week, the WOŚP finale, Open'er, Euro 2012,
    # Effie and KTR awards, game titles, product models, WSE tickers, celebrities, places with years, course codes,
    # survey samples, Polish dates, postcodes, phone numbers, BLIK codes, ISO standards, EU regulations, the Omnibus
    # 30-day price, trade fairs, organisations in brackets with years, slogans with English glosses, the census,
    # EU accession, 500+ and 800+, the Sunday trading ban, NBP exchange-rate tables, TV shows, football clubs, diaspora
    # neighbourhoods, VAT rates, store counts and rankings, none of them citations); journals with up to eight
    # authors, some with DOIs, textbooks and e-books from Polish and British publishers, Polish titles with English in
    # square brackets, chapters, theses from SGH, the Poznań University of Economics and Business, Kozminski, the Kraków
    # University of Economics, Warsaw, the Jagiellonian, Łódź and Gdańsk, conference papers, company pages and reports
    # (S.A., sp. z o.o., spółdzielnia, fundacja), regulators and statistics offices (UODO, UOKiK, KNF, UKE, KRRiT,
    # GUS, NBP, ONS, CSO; organisations with two works of a year), laws with the Sejm, Sejm RP, Poland or Rzeczpospolita
    # Polska as author, research firms' titles with a year (Gemius/PBI, Kantar Polska, CBOS, IBRiS), working papers,
    # the press signed and unsigned, social posts, podcasts, videos and undated pages; Polish names with their
    # feminine forms (-ska, -cka, -dzka), hyphenated double surnames, diacritics written and dropped, Silesian,
    # Kashubian, Ukrainian-, Belarusian-, Jewish- and Vietnamese-Polish names, anglicised diaspora names and
    # expatriates.
    # Held out for its first tables (stop 42), development data since stop 43. Seeds from 200000.
    "blind196": range(200000, 200000 + 100),
    "blind196-more": range(200000 + 100, 200000 + 400),
    # "blind197" is a hundred-and-ninety-seventh independent pool (blind197_works.py, blind197_text.py), written by a
    # hundred-and-ninety-seventh hand without reading the checker, its tests or the other pools: marketers in Vietnam
    # and its diaspora (Hà Nội, Thành phố Hồ Chí Minh/Saigon, Đà Nẵng, Hải Phòng, Cần Thơ, Huế, Nha Trang, Biên Hòa,
    # Bình Dương, Vũng Tàu; Little Saigon, San Jose, Houston, Cabramatta, Melbourne, Paris, Berlin, Warsaw, Prague,
    # Tokyo, Seoul, Taipei) at banks and fintechs (Vietcombank, Techcombank, VPBank, MB Bank, MoMo, ZaloPay, VNPay),
    # telcos (Viettel, VNPT, MobiFone, FPT Telecom), retailers and platforms (Thế Giới Di Động, Bách Hóa Xanh,
    # WinMart, Co.opmart, Shopee, Tiki, TikTok Shop, Grab), food and drink makers (Vinamilk, TH true MILK, Masan,
    # Acecook, Trung Nguyên, Highlands, Phúc Long, Sabeco, Habeco, Heineken Vietnam), VinFast, Vietjet, Biti's, PNJ,
    # media and agencies (laws and decrees with their numbers: Nghị định 13/2023/NĐ-CP, Decree 91/2020/ND-CP, Thông tư
    # 09/2023/TT-BCT, Law No. 16/2012/QH13, Law No. 19/2023/QH15, resolutions, directives and regulators' decisions;
    # Tết and the lunar calendar beside Gregorian dates, Trung Thu, 20/10, 8/3, 30/4, 2/9, 11.11 and 12.12; đồng as
    # VND, ₫, đ, "tỷ đồng" and "nghìn tỷ" with stops and decimal commas, exchange rates, tickers, tax codes, hotlines,
    # addresses and postcodes, legal forms, founders, celebrities, campaigns, awards and rankings, product models,
    # course codes and cohorts, survey samples, lì xì, VietQR, TV slots, hashtags, flights, ISO standards, diaspora
    # festivals and generations, Vietnamese glosses, interviewees and name order, none of them citations); journals
    # with up to eight authors, some with DOIs, textbooks and e-books (NXB Trẻ, NXB Kinh tế TP. Hồ Chí Minh),
    # chapters, theses from NEU, FTU, UEH, RMIT Vietnam, Fulbright and VNU, conference papers, company pages and
    # reports (JSC, CTCP, TNHH, Tập đoàn), regulators and ministries (GSO, SBV, MOIT, MIC, the National Competition
    # Commission; organisations with two works of a year), laws with Quốc hội or Chính phủ as author, research firms'
    # titles with a year (Kantar Worldpanel, Nielsen, Decision Lab, Q&Me), the press signed and unsigned, social
    # posts, podcasts, videos and undated pages; Vietnamese titles with English in square brackets; Vietnamese names
    # family first, with and without diacritics, written whole ("Nguyễn Văn An") or given name first in the diaspora
    # ("Bich Ngoc Tran"), Hoa, Khmer Krom, Cham and Tày names, compound families ("Tôn Nữ") and expatriates.
    # Held out for its first tables (stop 42), development data since stop 43. Seeds from 201000.
    "blind197": range(201000, 201000 + 100),
    "blind197-more": range(201000 + 100, 201000 + 400),
    # "blind198" is a hundred-and-ninety-eighth independent pool (blind198_works.py, blind198_text.py), written by a
    # hundred-and-ninety-eighth hand without reading the checker, its tests or the other pools: marketers in Türkiye
    # and the Turkish diaspora (İstanbul, Ankara, İzmir, Bursa, Antalya, Adana, Gaziantep, Konya, Kayseri, Eskişehir,
    # Trabzon, Diyarbakır; Berlin, Köln, Duisburg, Stuttgart, Vienna, Amsterdam, Rotterdam, Brussels, London
    # (Haringey), Lefkoşa/Nicosia, Baku) at banks and fintechs (Ziraat, İş Bankası, Garanti BBVA, Akbank, Yapı Kredi,
    # Enpara, Papara, ininal), telecoms (Turkcell, Türk Telekom, Vodafone Türkiye), retailers and platforms (BİM, A101,
    # ŞOK, Migros, Trendyol, Hepsiburada, Getir, LC Waikiki, Koton, Mavi), food and drink makers (Ülker, Eti, Pınar,
    # Sütaş, Anadolu Efes, Çaykur, Kurukahveci Mehmet Efendi, Hafız Mustafa, Koska), THY, Pegasus, Arçelik/Beko,
    # Vestel, Togg, holdings, the Turkish press and agencies (laws by their number with the Resmî Gazete's date and
    # issue: 6698 sayılı KVKK, Law No. 6502, Law No. 6563, the Ticari Reklam ve Haksız Ticari Uygulamalar
    # Yönetmeliği (2015), articles, Reklam Kurulu, Rekabet Kurulu and KVKK Board decision numbers, the GDPR and DSA;
    # lira as ₺, TL and TRY with stops and decimal commas, exchange rates, "%" before figures; bayrams, Ramadan and the
    # Hijri year, Republic Day, 23 Nisan, Efsane Cuma, Muhteşem Cuma, 11.11; Kristal Elma, Effie Türkiye, Felis,
    # rankings with a year, founders' life dates, founding years, TV series and films with their years, campaigns,
    # celebrities, sport, product models, flights, BIST tickers, MERSİS, ETBİS and tax numbers, hotlines, addresses,
    # standards, course codes, samples and scales, software, tables and figures, places and eras, the 2023
    # earthquakes, the 1961 Anwerbeabkommen, generations, hashtags, promo codes, card products, Turkish suffixes after
    # apostrophes, TV channels, malls, dates and times, quarters, the Surname Law and honorifics (Bey, Hanım, Hoca)
    # and interviewees, none of them citations); journals with up to eight authors, some with DOIs, textbooks and
    # e-books (Nobel, Seçkin, Beta, Mediacat Kitapları), chapters, theses from Boğaziçi, Koç, Sabancı, Bilkent, ODTÜ,
    # İstanbul, Marmara, Ankara and Yeditepe, conference papers, company pages and reports (A.Ş., T.A.Ş., Ltd. Şti.,
    # San. ve Tic. A.Ş., Holding), trade bodies and foundations (Derneği, Vakfı, Birliği), regulators (KVKK, Reklam
    # Kurulu with two works of 2019, Rekabet Kurumu, BTK, SPK, BDDK, TÜİK/TurkStat, TCMB), laws with TBMM, the
    # Resmî Gazete or a ministry as author, research firms' titles with a year (Ipsos Türkiye, Kantar Türkiye, KONDA),
    # the press signed and unsigned, social posts, videos, podcasts and undated pages; Turkish titles with English in
    # square brackets; Turkish names with İ/ı, ş, ğ, ç, ö and ü written or anglicised ("Öztürk"/"Ozturk"), double
    # given names, Kurdish, Laz, Circassian, Armenian-, Greek- (Rum), Jewish-, Alevi and Turkish-Cypriot names,
    # German-, Dutch- and British-Turkish names and expatriates.
    # Held out for its first tables (stop 42), development data since stop 43. Seeds from 202000.
    "blind198": range(202000, 202000 + 100),
    "blind198-more": range(202000 + 100, 202000 + 400),
    # "blind199" is a hundred-and-ninety-ninth independent pool (blind199_works.py, blind199_text.py), written by a
    # hundred-and-ninety-ninth hand without reading the checker, its tests or the other pools: marketers in Nigeria
    # and its diaspora (Lagos: Ikeja, Victoria Island, Lekki, Yaba, Surulere; Abuja, Ibadan, Port Harcourt, Kano,
    # Kaduna, Enugu, Onitsha, Aba, Benin City, Owerri, Uyo, Calabar, Ilorin, Jos; Peckham, Woolwich, Manchester,
    # Houston, Atlanta, Toronto, Johannesburg, Accra, Dubai) at banks and fintechs (Access Bank, Zenith Bank, GTBank/
    # GTCO, First Bank, UBA, Stanbic IBTC, Kuda, Opay, Moniepoint, Paystack, Flutterwave, Piggyvest), telecoms (MTN
    # Nigeria, Airtel, Glo, 9mobile), retailers and platforms (Shoprite, Jumia, Konga, Chowdeck), food and drink
    # makers (Dangote, Nestlé Nigeria, Cadbury Nigeria, Nigerian Breweries, Guinness Nigeria, Indomie, Chivita, Cowbell,
    # Peak Milk, BUA Foods), Air Peace, Nollywood, Afrobeats labels, the Nigerian press and agencies (laws and their
    # sections: NDPA 2023, NDPR 2019, FCCPA 2018, ARCON Act 2022, Cybercrimes Act 2015; regulators (NDPC, FCCPC,
    # ARCON and its Advertising Standards Panel, NCC, CBN, SEC Nigeria) and CBN circulars; naira as ₦, N, NGN, 'N2.5bn'
    # and 'billion naira', kobo and exchange rates; Democracy Day, Independence Day, Detty December, Sallah, Ramadan
    # and the Hijri calendar, Christmas and crossover night, Black Friday, the Headies, AFRIMA, Lagos Fashion Week,
    # AFCON and BBNaija; titled people (Alhaji, Chief, Dr, Prof, Engr.), celebrities, songs and films, RC numbers, NGX
    # tickers, USSD codes, hotlines, product models, data bundles, samples, financial periods, rankings, places and
    # diaspora places, founding years, legal forms, Pidgin, Yoruba, Igbo and Hausa glosses, hashtags, national events,
    # TV and radio slots, flights, addresses, BVN and NIN, ISO standards, course codes, academic sessions, interviewees,
    # age bands and state codes, none of them citations); journals with up to eight authors, some with DOIs, textbooks
    # and e-books (Macmillan Nigeria, Spectrum Books, Malthouse, Pearson), chapters, theses from UNILAG, Lagos Business
    # School, Covenant, OAU, UI, UNN, ABU and Babcock, conference papers, company pages and reports (Plc, PLC, Ltd,
    # Limited), regulators and government (organisations with two works of a year), laws with the Federal Republic of
    # Nigeria as author, research firms' titles with a year (Kantar Nigeria, NOI Polls, GeoPoll), the press signed and
    # unsigned, social posts, podcasts, videos and undated pages; Yoruba, Igbo, Hausa and Pidgin titles with English in
    # square brackets; Yoruba, Igbo, Hausa, Fulani, Ijaw, Edo, Efik, Ibibio, Tiv and Urhobo names with and without tone
    # marks and subdots, hyphenated double surnames, British- and American-Nigerian names and expatriates.
    # Held out for its first tables (stop 42), development data since stop 43. Seeds from 203000.
    "blind199": range(203000, 203000 + 100),
    "blind199-more": range(203000 + 100, 203000 + 400),
    # "blind200" is a two-hundredth independent pool (blind200_works.py, blind200_text.py), written by a two-hundredth
    # hand without reading the checker, its tests or the other pools: marketers in South Korea and the Korean diaspora
    # (Seoul's Gangnam, Seongsu, Hongdae, Yeouido and Jamsil, Busan, Incheon, Daegu, Daejeon, Gwangju, Suwon, Pangyo,
    # Jeju; Koreatown LA, Flushing, Fort Lee, Atlanta, Toronto, Vancouver, Sydney, New Malden, Frankfurt, Shin-Ōkubo,
    # Almaty, Tashkent) at banks and fintechs (KB Kookmin, Shinhan, Woori, Hana, KakaoBank, Toss, Kakao Pay), telecoms
    # (SK Telecom, KT, LG U+), retailers and platforms (Coupang, Naver, SSG.com, Olive Young, Musinsa, Kurly, Baemin,
    # GS25, CU, Danggeun), food makers (CJ CheilJedang, Nongshim, Ottogi, Samyang, Orion, SPC, Hite Jinro), Samsung,
    # LG, Hyundai, Amorepacific, HYBE, the Korean press and agencies (Korean laws with their Act and decree numbers,
    # PIPA, the Network Act, the Act on Fair Labeling and Advertising; Seollal and Chuseok by the lunar calendar beside
    # Gregorian dates, Pepero Day, Children's Day, Hangul Day, Korea Sale Festa; won as ₩, KRW, W, "billion won" and
    # "억 원"; KRX codes, KOSIS table codes, business registration numbers, hotlines, addresses, legal forms (Co.,
    # Ltd., Corp., 주식회사, (주)), chaebol groups, founders and people in Hangul with romanisation, honorifics
    # (팀장님), K-pop groups, dramas, films and songs with years, the 2002 World Cup and PyeongChang 2018, product
    # models, awards, memberships, Korean age, none of them citations); journals with up to eight authors, some with
    # DOIs, Korean journals with English names in brackets, textbooks and e-books (Pakyoungsa, Bobmunsa, Miraebook),
    # chapters, theses from SNU, Korea, Yonsei, KAIST, SKKU, Hanyang, Ewha and Sogang, conference papers, company
    # pages and reports, trade bodies, regulators (PIPC, KFTC, KCC, MSIT, Statistics Korea, the Bank of Korea;
    # organisations with two works of a year), laws published by the KLRI and law.go.kr, research firms' titles with a
    # year (Gallup Korea, Embrain, Opensurvey, Nielsen Korea), the press signed and unsigned, social posts, podcasts,
    # videos and undated pages; titles in Hangul or romanisation with English in square brackets; Korean names in
    # every romanisation (Kim/Gim, Lee/Yi/Rhee, Park/Bak/Pak, Choi/Choe/Ch'oe, McCune-Reischauer's breves), two-syllable
    # family names (Namgung, Jegal, Seonu, Hwangbo), Korean-American, Koryo-saram and Joseonjok names and expatriates.
    # Held out for its first tables (stop 42), development data since stop 43. Seeds from 204000.
    "blind200": range(204000, 204000 + 100),
    "blind200-more": range(204000 + 100, 204000 + 400),
    # "blind201" is a two-hundred-and-first independent pool (blind201_works.py, blind201_text.py), written by a
    # two-hundred-and-first hand without reading the checker, its tests or the other pools: marketers in Czechia,
    # Slovakia and their diaspora (Prague, Brno, Ostrava, Plzeň, Olomouc, Zlín; Bratislava, Košice, Žilina, Trnava;
    # Vienna, London, Chicago, Toronto) at banks (Komerční banka, Česká spořitelna, ČSOB, Air Bank, Tatra banka,
    # Slovenská sporiteľňa), telecoms (O2, T-Mobile, Vodafone, Orange Slovensko, Slovak Telekom), retailers and
    # e-commerce (Alza, Rohlik, Notino, Mall, Kaufland, Heureka, Zásilkovna), breweries (Pilsner Urquell, Budvar,
    # Kozel, Zlatý Bažant, Bernard), carmakers (Škoda Auto, Kia Slovakia), Kofola, Baťa and agencies (Czech and Slovak
    # laws with their collection numbers (zákon č. 110/2019 Sb., 18/2018 Z. z.) and EU regulations; koruna and euro
    # amounts, ČNB exchange and repo rates, Czech decimal commas; IČO and DIČ numbers, legal forms (a.s., s.r.o.,
    # spol. s r.o., v.o.s.); name days, dates in Czech order, holidays, postcodes, addresses, hotlines, domains and
    # handles; product models, awards (Effie, Louskáček, Czech Top 100), sports clubs, breweries and brands with
    # their founding years, beer degrees, festivals, TV programmes, films and songs with years, people's ages and
    # academic titles (Ing., Mgr., PhDr., doc., Ph.D., CSc.), interviewees, people with life dates, historical years,
    # tickers, standards (ČSN, STN), course codes, financial periods, samples, age bands, rankings, transport,
    # diaspora places, voucher codes, app versions, opening hours, regions, government resolutions, slogans and the
    # koruna's redenomination, none of them citations); journals with up to eight authors, some with DOIs (E+M
    # Ekonomie a Management, Politická ekonomie, Prague Economic Papers, Ekonomický časopis), textbooks from Grada,
    # Management Press, Wolters Kluwer ČR, C. H. Beck, Computer Press, Oeconomica, Iura Edition, Ekonóm and Sprint dva
    # with Czech or Slovak titles and English in square brackets, chapters, theses from VŠE, Charles University,
    # Masaryk, Comenius, EUBA, VUT, VŠB, Plzeň, Košice and Žilina, conference papers, working papers with authors (ČNB,
    # NBS, CERGE-EI), company pages and annual reports, trade bodies (AKA, SPIR, APEK, IAB Slovakia), regulators
    # (ČTÚ, ČNB, ÚOOÚ, ÚOHS, ČSÚ, ČOI, NBS; organisations with two works of a year), laws with Czech Republic or
    # Slovak Republic as author, research firms' titles with a year (STEM/MARK, Median, NielsenIQ, Ipsos, Go4insight,
    # AKO, Focus), the press signed and unsigned, social posts, videos, podcasts and undated pages; Czech and Slovak
    # names with their háčky and čárky, -ová surnames, married women's double surnames, names without their accents as
    # international databases print them, Hungarian-Slovak, Vietnamese-Czech and Ukrainian names and the diaspora's.
    # Held out for its first tables (stop 43), development data since stop 44. Seeds from 205000.
    "blind201": range(205000, 205000 + 100),
    "blind201-more": range(205000 + 100, 205000 + 400),
    # "blind202" is a two-hundred-and-second independent pool (blind202_works.py, blind202_text.py), written by a
    # two-hundred-and-second hand without reading the checker, its tests or the other pools: marketers in Saudi Arabia,
    # the UAE, Qatar, Kuwait, Bahrain, Oman and their expatriate communities (Riyadh, Jeddah, Dammam, Dubai, Abu Dhabi,
    # Sharjah, Doha, Kuwait City, Manama, Muscat) at banks (Al Rajhi, SNB, Emirates NBD, FAB, QNB, NBK), telecoms (stc,
    # Mobily, Zain, du, e&, Ooredoo, Batelco, Omantel), airlines (Emirates, Etihad, Qatar Airways, Saudia, flynas,
    # flydubai, Riyadh Air), retailers and platforms (Jarir, eXtra, noon, Talabat, Jahez, Careem, Tabby, Tamara, Lulu,
    # Panda), malls, developers and giga-projects (Majid Al Futtaim, Emaar, Aldar, DAMAC, ROSHN, NEOM, Red Sea Global)
    # and agencies (Hijri dates beside Gregorian ones, royal decree and federal law numbers, SAR, SR, AED, Dh, QAR, KWD,
    # BHD, OMR, د.إ and ر.س amounts, Vision 2030 and the other national visions, Expo 2020, Qatar 2022 and Riyadh Expo
    # 2030, CR numbers, P.O. boxes, flights, Ramadan, Eid, White Friday, National and Founding Days, hotlines and phone
    # numbers, towers and malls with opening years, royal and professional titles, football clubs, product models,
    # awards, Tadawul, ADX, DFM and QE tickers, VAT, financial years, seasons and festivals, regulators' acronyms, RERA
    # permits, promo codes, hashtags, handles, domains, opening hours, Nitaqat bands, time zones and more, none of them
    # citations); journals with up to eight authors, some with DOIs, Arabic journals and titles in transliteration with
    # English in square brackets, textbooks and e-books (Pearson, Obeikan, KSU Press, HBKU Press), chapters, theses from
    # KSU, KAU, KFUPM, UAEU, AUS, Qatar University, SQU, the University of Bahrain and Kuwait University, conference
    # papers, company pages and annual reports, regulators and statistics offices (SAMA, GASTAT, CST, TDRA, ZATCA, the
    # Vision 2030 programmes; organisations with two works of a year), royal decrees and federal laws under the body
    # or state that issued them, research firms' titles with a year (YouGov MENA, Kantar MENA, Redseer), the Gulf press
    # signed and unsigned, social posts, videos, podcasts and undated pages; Arabic names in every transliteration
    # (Al-Otaibi, Alotaibi, Al Otaibi, al-ʿUtaybī; Bin, bin, Abdul, Abdel, ʿAbd al-) and expatriates' names.
    # Held out for its first tables (stop 43), development data since stop 44. Seeds from 206000.
    "blind202": range(206000, 206000 + 100),
    "blind202-more": range(206000 + 100, 206000 + 400),
    # "blind203" is a two-hundred-and-third independent pool (blind203_works.py, blind203_text.py), written by a
    # two-hundred-and-third hand without reading the checker, its tests or the other pools: marketers in Mexico and
    # the Mexican diaspora in the United States (Mexico City, Guadalajara, Monterrey, Puebla, Querétaro, Mérida,
    # Tijuana, Cancún; Los Angeles, Chicago, Houston, San Antonio, Phoenix) at banks (Banorte, BBVA México, Banco
    # Azteca, Nu, Stori), telecoms (Telcel, AT&T México, izzi, Totalplay), retailers and platforms (Walmart de México,
    # Liverpool, Coppel, Elektra, OXXO, Soriana, Chedraui, Mercado Libre, Rappi, Kavak), food and drink makers (Bimbo,
    # Gruma, Lala, Herdez, La Costeña, Grupo Modelo, Jarritos), CEMEX, airlines (Aeroméxico, Volaris, Viva Aerobus)
    # and agencies (NOMs and laws with their numbers and years, the LFPC and LFPDPPP, the DOF's dates; pesos as MXN,
    # $ and mdp, exchange rates, RFC codes, S.A. de C.V., S.A.B. de C.V. and S. de R.L. de C.V., BMV tickers; El Buen
    # Fin, Hot Sale, Día de Muertos, El Grito, Día de las Madres, Cinco de Mayo and Hispanic Heritage Month; the 2026
    # World Cup, Mexico '86, the Mexico City Grand Prix; telenovelas and films with years, Liga MX clubs with founding
    # years, postcodes, addresses, metro areas, AMAI socio-economic levels, product models, flights, awards, hotlines,
    # WhatsApp numbers, loyalty schemes, IVA, IEPS and CFDI, Spanish glosses and translations in brackets, course
    # codes, interviewees, samples, financial periods, rankings, store counts and app versions, none of them
    # citations); journals with up to eight authors, some with DOIs or SciELO links (Contaduría y Administración,
    # Estudios Gerenciales and English-language journals), textbooks and e-books (Pearson Educación, McGraw-Hill
    # Interamericana, Cengage, Trillas, ESIC, Pirámide), chapters, theses from UNAM, Tec de Monterrey, IPN, ITAM,
    # UDLAP, Ibero and others, conference papers, company pages and reports (S.A.B. de C.V., "&", apostrophes),
    # regulators and government (INEGI, Banxico, PROFECO, IFT, CONDUSEF; organisations with two works of a year),
    # laws and NOMs from the DOF, research firms' titles with a year (Kantar México, NielsenIQ, AMVO), the press
    # signed and unsigned, social posts, videos, podcasts and undated pages; Spanish titles with English glosses in
    # square brackets; Spanish double surnames, particles (de la Garza, del Río, Martínez del Río), hyphenated
    # surnames as English-language journals print them, Mexican-American names without accents, Maya and Nahuatl
    # surnames, and Spanish, British and American names.
    # Held out for its first tables (stop 43), development data since stop 44. Seeds from 207000.
    "blind203": range(207000, 207000 + 100),
    "blind203-more": range(207000 + 100, 207000 + 400),
    # "blind204" is a two-hundred-and-fourth independent pool (blind204_works.py, blind204_text.py), written by a
    # two-hundred-and-fourth hand without reading the checker, its tests or the other pools: marketers in UK charities,
    # NHS trusts, universities, housing associations, museums and local councils (London, Manchester, Leeds, Bristol,
    # Glasgow, Cardiff, Belfast) writing CIM Level 6 and 7 reports and MBA assignments (Acts with years in their names,
    # statutory instruments by number, charity, company and society numbers, Gift Aid, pound amounts, NHS waiting-time
    # standards, financial years, awareness campaigns with years, councils and trusts, postcodes, helplines, awards,
    # Comic Relief and Children in Need years, Census 2021 and deprivation indices, post-nominals, ages, wards, course
    # and candidate numbers, participants, text-to-donate codes, pay bands, ratings, events, grants, VAT and rates relief,
    # software versions, housing stock, school years, UCAS points, FOI references, slogans and museum objects, none of
    # them citations); journals with up to eight authors, some with DOIs (Journal of Nonprofit & Public Sector
    # Marketing, Public Money & Management, Voluntary Sector Review and others), textbooks (Sage, Routledge, Kogan Page,
    # Pearson, Policy Press), chapters, theses, conference papers, government departments, regulators and arm's-length
    # bodies with and without abbreviations (ONS, DCMS, the Charity Commission, NHS England, Ofcom, the ICO, the
    # Fundraising Regulator, NCVO; bodies with two works of a year), Acts and statutory instruments under "Great
    # Britain", select committee reports, charities' annual and trustees' reports, market research with years (YouGov,
    # Ipsos, nfpSynergy), the press signed and unsigned, social posts, videos, podcasts and undated pages; Irish, Welsh
    # and Scottish names as their scholars print them (Ó Súilleabháin, Ní Dhomhnaill, ap Gwilym, MacLeod, O'Hagan,
    # Lloyd-Jones, St John) and British South Asian, African, Caribbean, Chinese and Polish names.
    # Held out for its first tables (stop 44), development data since stop 44. Seeds from 208000.
    "blind204": range(208000, 208000 + 100),
    "blind204-more": range(208000 + 100, 208000 + 400),
    # "blind205" is a two-hundred-and-fifth independent pool (blind205_works.py, blind205_text.py), written by a
    # two-hundred-and-fifth hand without reading the checker, its tests or the other pools: marketers in B2B software,
    # SaaS, fintech and deep-tech start-ups and scale-ups (London, Dublin, Berlin, Amsterdam, Stockholm, Tel Aviv,
    # Bangalore, Austin, Toronto) writing CIM Level 6 and 7 reports and MBA assignments (software versions and AI
    # models with their years, funding rounds, ARR, MRR, NPS, CAC and LTV figures, tickers, ISO/IEC certificates, RFCs
    # and CVEs, conferences with their years (SaaStr Annual, Web Summit, Slush, Dreamforce), Gartner Magic Quadrant and
    # Forrester Wave positions, founding years, tiers and prices per seat, percentages in brackets, job titles, APIs
    # and their versions, awards, valuations, headcounts, fiscal periods, accelerator batches, GDPR articles, samples,
    # interviewees, handles and domains, cloud regions, SLAs, ratings, funnel rates, legal forms, renames, the Rule of
    # 40, TAM and SAM, none of them citations); textbooks and e-books, chapters, journals with up to eight authors
    # (Industrial Marketing Management, Journal of Business Research, MIS Quarterly; some with DOIs), arXiv and SSRN
    # preprints, ACM and IEEE conference papers, analyst reports under the firm or the analysts (Gartner, Forrester,
    # IDC, G2), vendors' white papers and blogs, ISO/IEC standards and RFCs, regulators (ICO, CNIL, FTC), EU
    # regulations (GDPR, the AI Act) under the body that made them, company pages (most undated) and investors'
    # letters, the tech press signed and unsigned, social posts, videos and podcasts; firms with digits and small
    # letters (6sense, 1Password, monday.com, n8n, dbt Labs), "&" and apostrophes, organisations with two works of a
    # year; Irish names with their fadas, German, Dutch (particles) and Swedish names, Israeli, Indian,
    # French-Canadian and Chinese-Canadian names, and American and British ones.
    # Held out for its first tables (stop 44), development data since stop 44. Seeds from 209000.
    "blind205": range(209000, 209000 + 100),
    "blind205-more": range(209000 + 100, 209000 + 400),
    # "blind206" is a two-hundred-and-sixth independent pool (blind206_works.py, blind206_text.py), written by a
    # two-hundred-and-sixth hand without reading the checker, its tests or the other pools: marketers in sport, music,
    # festivals and entertainment in the UK, Ireland, Spain, Germany and the United States (football and rugby clubs,
    # leagues, record labels, promoters, streaming services, venues, esports teams) writing CIM Level 6 and 7 reports
    # and MBA assignments in English (seasons, scores and results, tournaments and festivals with their years, albums,
    # singles and tours with years, chart positions, transfer fees and wages, attendances, shirt numbers, stadiums
    # with opening years, clubs with founding years, boots and kits, ticket prices, streams, awards, ages and caps,
    # players' careers, managers' tenures, broadcast and sponsorship deals, esports, certifications, none of them
    # citations); sport marketing, music business and events textbooks, chapters, journals (Sport Management Review,
    # International Journal of Sports Marketing and Sponsorship, Popular Music and Society) with up to eight authors,
    # theses, conference papers, governing bodies and leagues (the Premier League, UEFA, FIFA, World Rugby, the FA,
    # BPI, IFPI, PRS for Music; "&", apostrophes, abbreviations; organisations with two works of a year), club and
    # label annual reports, Deloitte's Football Money League and other research with years, broadcasters, the press
    # signed and unsigned, social posts, videos, podcasts, documentaries and undated pages; Irish names with fadas,
    # Spanish double surnames and particles, German names with umlauts and particles, Welsh, Scots and US names.
    # Held out for its first tables (stop 44), development data since stop 44. Seeds from 210000.
    "blind206": range(210000, 210000 + 100),
    "blind206-more": range(210000 + 100, 210000 + 400),
    # "blind207" is a two-hundred-and-seventh independent pool (blind207_works.py, blind207_text.py), written by a
    # two-hundred-and-seventh hand without reading the checker, its tests or the other pools: marketers in healthcare,
    # pharmaceuticals, medtech and consumer health in the UK, Ireland, Germany, Switzerland and the Nordics (NHS
    # suppliers, pharma brands, over-the-counter medicines, private clinics, digital health start-ups) writing CIM
    # Level 6 and 7 reports and MBA assignments in English (medicines and devices with their approval and launch
    # years, trial identifiers, sample sizes and ages, doses and pack sizes, NICE guideline and appraisal numbers, ABPI
    # Code clauses and editions, prescription charges, prices and currencies, NHS targets and waiting times, campaigns
    # and awards with years, patents, ATC and ICD codes, licence and PIP numbers, device classes and standards,
    # post-nominals, financial years, tickers, statistics, none of them citations); healthcare and pharmaceutical
    # marketing and health communication textbooks, chapters, journals with up to eight authors (BMJ, The Lancet,
    # Health Marketing Quarterly, Journal of Medical Internet Research; some with DOIs), theses, conference papers,
    # regulators and public bodies (MHRA, EMA, NICE, the ABPI, PMCPA, HPRA, Swissmedic, the CQC, NHS England, WHO,
    # BfArM, Läkemedelsverket; "&", apostrophes, abbreviations; organisations with two works of a year), NICE
    # guidelines with their numbers, company pages, annual reports and press releases, market research with years
    # (IQVIA, Kantar Health, Mintel), the press signed and unsigned, social posts, videos, podcasts and undated pages;
    # Irish names with their fadas, German and Swiss names with umlauts and particles, Nordic names with their letters.
    # Held out for its first tables (stop 44), development data since stop 44. Seeds from 211000.
    "blind207": range(211000, 211000 + 100),
    "blind207-more": range(211000 + 100, 211000 + 400),
    # "blind208" is a two-hundred-and-eighth independent pool (blind208_works.py, blind208_text.py), written by a
    # two-hundred-and-eighth hand without reading the checker, its tests or the other pools: marketers in luxury,
    # fashion, beauty and fragrance houses and retailers (maisons, department stores, resale platforms, beauty
    # start-ups) in Paris, Milan, London, Geneva, Dubai and New York writing CIM Level 6 and 7 reports and MBA
    # assignments in English (maisons with founding years, collections and seasons, fashion weeks and the Met Gala
    # with years, fragrances and bags with launch years, prices in euros, pounds, dollars and dirhams, store openings,
    # collaborations, sizes and materials, awards, people's titles, tenures and ages, designers' lifespans, stock
    # tickers, revenue and financial years, exhibitions, certifications, regulations, none of them citations); luxury
    # brand management and fashion marketing textbooks, chapters, journals (Journal of Fashion Marketing and
    # Management, Journal of Brand Management, Journal of Luxury Research) with up to eight authors, theses (IFM,
    # Bocconi, ESSEC, London College of Fashion), conference papers, industry bodies and reports with years
    # (Bain-Altagamma, the State of Fashion, the British Fashion Council, the FHCM, CNMI; "&", apostrophes,
    # abbreviations; organisations with two works of a year), groups' pages and annual reports (LVMH, Kering,
    # Richemont, Hermès, L'Oréal), the fashion press signed and unsigned, social posts, videos, podcasts and undated
    # pages; French names with accents and particles, Italian, Swiss, British, American and romanised Gulf names.
    # Held out for its first tables (stop 44), development data since stop 44. Seeds from 212000.
    "blind208": range(212000, 212000 + 100),
    "blind208-more": range(212000 + 100, 212000 + 400),
    # "blind209" is a two-hundred-and-ninth independent pool (blind209_works.py, blind209_text.py), written by a
    # two-hundred-and-ninth hand without reading the checker, its tests or the other pools: marketers in eastern India
    # (Kolkata, Bhubaneswar, Guwahati, Patna, Ranchi, Siliguri) and the Bengali and Odia diaspora (Dhaka, London, New
    # Jersey, Toronto) at FMCG firms, tea estates, banks, retailers, telecoms, media houses and agencies writing CIM
    # Level 6 and 7 reports and MBA assignments in English (Indian Acts and rules with their years, rupees in lakh and
    # crore, taka, GSTIN, CIN, PAN and FSSAI numbers, Pvt. Ltd. and LLP, festivals with years and dates, the Bengali
    # calendar, tea grades and flushes, pin codes, IPL teams and seasons, films and TV serials with years, stock codes,
    # awards, people's titles and ages, GI tags, fiscal years and quarters, state schemes with years, elections,
    # standards, none of them citations); textbooks from Indian publishers, chapters, Indian journals (Indian Journal
    # of Marketing, Vikalpa, IIMB Management Review, Decision) with up to eight authors, theses (IIM Calcutta, XLRI,
    # Jadavpur, KIIT, IIT Kharagpur), conference papers, regulators and governments (RBI, SEBI, TRAI, FSSAI, the Tea
    # Board of India, MeitY, the West Bengal government; "&", apostrophes, abbreviations; organisations with two works
    # of a year), Acts under the body that made them, market research with years (Kantar India, NielsenIQ India,
    # CRISIL), the press signed and unsigned, social posts, videos, podcasts and undated pages; Bengali, Odia,
    # Assamese, Bihari, Nepali and Bangladeshi names as their scholars print them.
    # Held out for its first tables (stop 44), development data since stop 44. Seeds from 213000.
    "blind209": range(213000, 213000 + 100),
    "blind209-more": range(213000 + 100, 213000 + 400),
    # "blind210" is a two-hundred-and-tenth independent pool (blind210_works.py, blind210_text.py), written by a
    # two-hundred-and-tenth hand without reading the checker, its tests or the other pools: marketers in Scotland's
    # food, drink, tourism and creative industries (whisky distilleries, salmon and seafood, VisitScotland, Edinburgh's
    # festivals, Highland estates, island ferries, Glasgow agencies) and the Scottish diaspora writing CIM Level 6 and
    # 7 reports and MBA assignments in English (whiskies with ages and vintages, distilleries with founding years, Acts
    # of the Scottish Parliament with asp numbers, minimum unit pricing, festivals with years, the Commonwealth Games,
    # football clubs, ferry routes and timetables, postcodes, Munros, Gaelic place names, tartans and clans, awards,
    # people's titles and ages, financial years, none of them citations); textbooks (Edinburgh University Press,
    # Routledge, Goodfellow), chapters, journals (Journal of Marketing Management, Tourism Management, Scottish
    # Affairs) with up to eight authors, theses (Strathclyde, Stirling, Edinburgh Napier, Robert Gordon, UHI),
    # conference papers, public bodies (the Scottish Government, VisitScotland, Scottish Enterprise, HIE, Food
    # Standards Scotland, Historic Environment Scotland; organisations with two works of a year), Acts under the
    # Scottish Parliament, trade bodies and firms ("&", apostrophes, abbreviations), annual reports, market research
    # with years, the Scottish press signed and unsigned, social posts, videos, podcasts and undated pages; Scots and
    # Gaelic names (MacLeod and McLeod, NicDhòmhnaill, Caimbeul, Mac an t-Saoir).
    # Held out for its first tables (stop 44), development data since stop 45. Seeds from 214000.
    "blind210": range(214000, 214000 + 100),
    "blind210-more": range(214000 + 100, 214000 + 400),
    # "blind211" is a two-hundred-and-eleventh independent pool (blind211_works.py, blind211_text.py), written by a
    # two-hundred-and-eleventh hand without reading the checker, its tests or the other pools: marketers in Canada's
    # Prairie and Atlantic provinces and in Indigenous-owned businesses (Winnipeg, Regina, Saskatoon, Calgary, Edmonton,
    # Halifax, Moncton, St. John's, Charlottetown) at credit unions, co-operatives, energy and agri-food firms,
    # fisheries, tourism operators and agencies writing CIM Level 6 and 7 reports and MBA assignments in English (Acts
    # with chapter numbers (CASL, S.C. 2010, c. 23), bills with years (Bill C-11 (2023)), provincial Acts and
    # regulations, treaties with years (Treaty 6 (1876)), band numbers and Métis locals, postal codes, CAD amounts, NHL
    # and CFL teams with founding years and Grey Cups, the Calgary Stampede 2019 and other events and festivals with
    # years, harvests, fishing seasons and lobster-season dates, co-operatives with founding years, carbon prices by
    # year, TSX symbols, awards, Chiefs, Elders, MLAs and MPs with ages, fiscal years (FY2023-24), place names in Cree
    # and Mi'kmaw beside English ones, census years, sales taxes, phone numbers, highways, rates, course and airport
    # codes, samples, cross-references, handles, slogans, regulations and days of observance, none of them citations);
    # textbooks (Pearson Canada, Nelson, McGraw-Hill Ryerson), chapters, journals with up to eight authors, some with
    # DOIs (Canadian Journal of Administrative Sciences, Journal of Enterprising Communities), theses (Manitoba,
    # Saskatchewan, Dalhousie, Memorial, UNB, Moncton), ASAC conference papers, federal, provincial, First Nations and
    # Métis governments and agencies (Statistics Canada, the Competition Bureau, CRTC, ISED; organisations with two
    # works of a year), Acts with chapter numbers under the government that passed them, market research with years
    # (Leger, Angus Reid, Environics), the press signed and unsigned (CBC News, Winnipeg Free Press, the Chronicle
    # Herald, APTN News), social posts, videos, podcasts and undated pages; Cree, Mi'kmaw, Métis, Acadian,
    # Ukrainian-Canadian, Icelandic-Canadian, Newfoundland and newer Canadians' names.
    # Held out for its first tables (stop 44), development data since stop 45. Seeds from 215000.
    "blind211": range(215000, 215000 + 100),
    "blind211-more": range(215000 + 100, 215000 + 400),
    # "blind212" is a two-hundred-and-twelfth independent pool (blind212_works.py, blind212_text.py), written by a
    # two-hundred-and-twelfth hand without reading the checker, its tests or the other pools: marketers in UK
    # universities' and colleges' international student recruitment (London, Manchester, Birmingham, Nottingham,
    # Sheffield) and their agents and partners (Lagos, Delhi, Hyderabad, Shanghai, Ho Chi Minh City, Karachi) writing
    # CIM Level 6 and 7 reports and MBA assignments in English (QS, THE, Guardian and Complete University Guide places
    # with years, TEF, NSS and REF results, visa routes and rules with years (the Graduate Route, Tier 4, the
    # dependants ban), UCAS deadlines, points and course codes, fees and scholarships in pounds, intakes and academic
    # years, application, enrolment and conversion figures, offer-holder days and open days, IELTS scores, agents'
    # commission and bonuses, campuses and founding years, awards, people's titles and tenures, CAS deadlines, visa
    # fees and maintenance funds, exchange rates, fairs and roadshows, module codes, addresses and phone numbers, none
    # of them citations); higher-education and services marketing textbooks, chapters, journals (Journal of Marketing
    # for Higher Education, Studies in Higher Education, Higher Education) with up to eight authors and DOIs, theses,
    # conference papers, regulators and public bodies (the OfS, UCAS, HESA, the Home Office, UKVI, the British
    # Council, QAA, Universities UK, the Migration Advisory Committee; "&", apostrophes, abbreviations; organisations
    # with two works of a year), rankings with years, universities' annual reports and financial statements, agents'
    # and aggregators' pages, market research, the sector press signed and unsigned, social posts, videos, podcasts
    # and undated pages; British, Nigerian, Indian, Pakistani, Chinese and Vietnamese names as their scholars print them.
    # Held out for its first tables (stop 44), development data since stop 45. Seeds from 216000.
    "blind212": range(216000, 216000 + 100),
    "blind212-more": range(216000 + 100, 216000 + 400),
    # "blind213" is a two-hundred-and-thirteenth independent pool (blind213_works.py, blind213_text.py), written by a
    # two-hundred-and-thirteenth hand without reading the checker, its tests or the other pools: marketers in pet care,
    # veterinary practice groups and animal health in the UK, Ireland, the Netherlands and the United States (pet-food
    # makers, pet retailers and insurers, vet groups, equine and farm-animal health firms, rescue charities, Crufts and
    # agencies) writing CIM Level 6 and 7 reports and MBA assignments in English (breeds and breed standards with
    # years, registrations, dog and cat populations by year, pet-food formulas and pack sizes, medicines and vaccines
    # with strengths and launch years, Acts and regulations with years, the Pet Travel Scheme, rabies, microchipping
    # and XL bully rules, the CMA's vets market investigation, Crufts and Best in Show with years, practice counts,
    # premiums, excesses and fees in pounds and euros, RCVS Code sections and membership numbers, rescues' founding
    # years, the pandemic puppy boom, awards, vets' titles and post-nominals, financial years, revenue, tickers,
    # medicine categories, FDA approvals, antibiotic sales, livestock censuses, outbreaks, equine passports, events,
    # loyalty schemes, handles, addresses, slogans and abbreviations, none of them citations); CABI, Wiley-Blackwell
    # and Routledge textbooks, chapters, journals (Veterinary Record, Anthrozoös, Journal of Business Research, Journal
    # of Consumer Behaviour) with up to eight authors and DOIs, theses (RVC, Edinburgh, Nottingham, Wageningen), BSAVA
    # Congress and London Vet Show papers, regulators and public bodies (RCVS, the CMA, Defra, the VMD, APHA, the FDA's
    # CVM; "&", apostrophes, commas and abbreviations; organisations with two works of a year), trade bodies and
    # charities, company pages and annual reports, market research with years (Mintel, Euromonitor, Packaged Facts),
    # the press signed and unsigned (The Grocer, Vet Times, BBC News), social posts, videos, podcasts and undated
    # pages; British, Irish (Ó Briain, Ní Mhurchú), Dutch and Flemish (van der Meer, de Vries) and US names.
    # Held out for its first tables (stop 45), development data since stop 45. Seeds from 217000.
    "blind213": range(217000, 217000 + 100),
    "blind213-more": range(217000 + 100, 217000 + 400),
    # "blind214" is a two-hundred-and-fourteenth independent pool (blind214_works.py, blind214_text.py), written by a
    # two-hundred-and-fourteenth hand without reading the checker, its tests or the other pools: marketers at airlines,
    # airports, cruise lines, rail operators, tour operators, online travel agencies and hotel groups in the UK,
    # Ireland, Germany, the Gulf, Singapore and the United States (loyalty, revenue, brand and distribution teams)
    # writing CIM Level 6 and 7 reports and MBA assignments in English (flight numbers and routes (BA 117, LHR–JFK, the
    # Kangaroo Route), aircraft and ships with years (the A380's first flight (2005), Icon of the Seas (2024)), airport
    # codes and terminals (LHR T5 (2008)), passenger numbers and slots by year, loyalty tiers and points, fares and fees
    # in pounds, euros and dollars, passenger rights and regulations with years (UK261, EU Regulation 261/2004, the
    # Package Travel Regulations 2018, the ATOL scheme (1973)), alliances with founding years (Star Alliance (1997)),
    # joint ventures and codeshares, railcards and rail fares, strikes and disruptions with dates, awards, people's
    # titles and tenures, financial years (FY2023/24), IATA seasons (S24, W23), timetables, fleet orders, trade events
    # with years, pandemic periods, taxes, percentages, figures, dates, abbreviations, targets, tickers,
    # cross-references, handles, slogans, booking codes, hotel ratings, cabins, distances and exchange rates, none of
    # them citations); travel and tourism marketing textbooks (Routledge, Goodfellow, CABI, Pearson), chapters, journals
    # (Journal of Air Transport Management, Tourism Management, Annals of Tourism Research, Journal of Travel Research)
    # with up to eight authors and DOIs, theses (Cranfield, Surrey, Oxford Brookes, Bournemouth), ATRS and TTRA papers,
    # regulators and public bodies (the CAA, IATA, ICAO, the DfT, EASA, the US DOT, the ORR, VisitBritain; "&",
    # apostrophes, abbreviations; organisations with two works of a year), companies' pages, annual reports and
    # investor decks (IAG, easyJet plc, Ryanair Holdings, Lufthansa Group, the Emirates Group, Singapore Airlines,
    # Carnival Corporation & plc, TUI AG, Booking Holdings, Trainline), market research with years (Phocuswright,
    # Skift Research, OAG, Mintel), the press signed and unsigned, social posts, videos, podcasts and undated pages;
    # British, Irish, German, Gulf Arabic, Singaporean and American names as their scholars print them.
    # Held out for its first tables (stop 45), development data since stop 45. Seeds from 218000.
    "blind214": range(218000, 218000 + 100),
    "blind214-more": range(218000 + 100, 218000 + 400),
    # "blind215" is a two-hundred-and-fifteenth independent pool (blind215_works.py, blind215_text.py), written by a
    # two-hundred-and-fifteenth hand without reading the checker, its tests or the other pools: marketers in Romania,
    # Bulgaria, Moldova and Ukraine and their diaspora (Bucharest, Cluj-Napoca, Iași, Timișoara, Sofia, Plovdiv, Varna,
    # Chișinău, Kyiv, Lviv, Odesa, Dnipro; London, Madrid, Turin, Toronto) at banks and fintechs, telecoms, retailers,
    # FMCG and wine makers, IT outsourcing firms, logistics and agencies writing CIM Level 6 and 7 reports and MBA
    # assignments in English (laws, government decisions, emergency ordinances and decrees with numbers and years (Law
    # no. 365/2002, HG 857/2011, OUG 34/2014, Decree No. 64/2022), EU regulations, prices in lei, leva, hryvnia, lei of
    # Moldova and euros, firms' founding years (Dedeman (1992)), postal codes and street addresses, Dacia models with
    # years, wines with vintages and appellations (Cotnari 2019, DOC Dealu Mare), festivals and holidays with dates
    # (Untold 2023, Mărțișor on 1 March, Baba Marta), Black Friday, EU accession, Schengen and euro dates, 5G launches
    # and tariffs, stock tickers (BVB: TLV), brand rankings, awards (Effie Romania 2023), people's titles (Prof. univ.
    # dr., conf. dr.), academic years, quarters, inflation, exchange, VAT and wage figures, trade-register numbers
    # (J12/4155/1993), phone numbers, handles, wartime dates, app versions, malls, football clubs, TV shows and films
    # with years, loyalty cards, ISO standards, censuses, samples, cross-references, course codes, routes and store
    # counts, none of them citations); textbooks (Editura Economică, Polirom, Routledge, Pearson), chapters, journals
    # (Management & Marketing, Amfiteatru Economic, Economic Alternatives, Marketing and Management of Innovations)
    # with up to eight authors and DOIs, theses (ASE Bucharest, Babeș-Bolyai, UNWE Sofia, KNEU Kyiv), conference
    # papers, statistics offices, regulators and central banks (INS, NSI, the State Statistics Service of Ukraine,
    # ANCOM, ANPC, the National Bank of Romania, the Bulgarian National Bank, the National Bank of Ukraine; bodies with
    # two works of a year), laws under the parliament that passed them, firms' pages and annual reports ("&",
    # apostrophes), market research with years (GfK, NielsenIQ, Kantar, Gradus Research), the press signed and
    # unsigned (Ziarul Financiar, Capital.bg, Kyiv Independent, Ekonomichna Pravda, Balkan Insight), social posts,
    # videos, podcasts and undated pages; Romanian names with comma-below and cedilla letters or none (Ștefănescu,
    # Ştefănescu, Stanescu), Moldovan, Bulgarian and Ukrainian names in more than one transliteration (Hnatiuk and
    # Gnatyuk, Oleksandr and Alexander), and the diaspora's colleagues' names.
    # Held out for its first tables (stop 45), development data since stop 45. Seeds from 219000.
    "blind215": range(219000, 219000 + 100),
    "blind215-more": range(219000 + 100, 219000 + 400),
    # "blind216" is a two-hundred-and-sixteenth independent pool (blind216_works.py, blind216_text.py), written by a
    # two-hundred-and-sixteenth hand without reading the checker, its tests or the other pools: marketers at car makers,
    # electric-vehicle start-ups, dealer groups, leasing and subscription firms, charging networks, tyre and parts
    # makers and mobility apps in the UK, Germany, France, Sweden, China and Japan writing CIM Level 6 and 7 reports
    # and MBA assignments in English (car models and model years (the Nissan Leaf (2010), the ID.3 (2019), Model Y
    # 2023), ranges, batteries and charging speeds (320 miles WLTP, 77 kWh, 150 kW, CCS2), prices and grants in pounds
    # and euros (the Plug-in Car Grant (2011–2022), the Umweltbonus, the bonus écologique, the klimatbonus), rules with
    # years (the ZEV mandate (2024), Euro 7, the 2035 phase-out date, ULEZ (2019) and its 2023 expansion, China's
    # dual-credit policy), plates and registration figures, Le Mans and Formula E seasons, motor shows (IAA Mobility
    # 2023, Goodwood Festival of Speed 2022, Auto Shanghai 2023), Euro NCAP stars, recalls, factory openings
    # (Sunderland (1986)), stock tickers (ETR: VOW3, NASDAQ: TSLA), awards (European Car of the Year 2022), people's
    # titles (CEO, Vorstand, Dr.-Ing.), financial years (FY2023/24), company-car tax, lease deals, tyre labels,
    # warranties, platform codes, launch dates, samples and cross-references, none of them citations); textbooks
    # (Kogan Page, Routledge, Springer), chapters, journals (Transportation Research Part D, Journal of Cleaner
    # Production, International Journal of Automotive Technology and Management, Journal of Product & Brand
    # Management) with up to eight authors and DOIs, theses (Coventry, Warwick WMG, Loughborough, Chalmers, TU
    # München), EVS and SAE papers, public bodies and regulators (the DfT, OZEV, the DVLA, the ASA, the European
    # Commission, the EEA, the Kraftfahrt-Bundesamt, China's MIIT), trade bodies (SMMT, ACEA, VDA, the IEA, the ICCT;
    # bodies with two works of a year), makers', dealers' and charging firms' pages, annual reports and investor decks
    # ("&", apostrophes, "Inc.", "N.V."), market research with years (J.D. Power, Autotrader, Kantar, Mintel,
    # BloombergNEF), the press signed and unsigned (Autocar, What Car?, Electrive, Automotive News Europe, the
    # Financial Times, BBC News), social posts, videos, podcasts and undated pages; German names with umlauts and
    # "von", Swedish names with å, ä and ö, Chinese and Japanese names family name first as their owners print them.
    # Held out for its first tables (stop 45), development data since stop 46. Seeds from 220000.
    "blind216": range(220000, 220000 + 100),
    "blind216-more": range(220000 + 100, 220000 + 400),
    # "blind217" is a two-hundred-and-seventeenth independent pool (blind217_works.py, blind217_text.py), written by a
    # two-hundred-and-seventeenth hand without reading the checker, its tests or the other pools: marketers in
    # Ethiopia, Kenya, Rwanda and Somalia and their diaspora (Addis Ababa, Hawassa, Bahir Dar, Nairobi, Mombasa,
    # Kisumu, Kigali, Hargeisa, Mogadishu; London, Minneapolis, Washington DC, Toronto, Stockholm) at banks,
    # mobile-money and fintech firms, airlines, coffee and tea exporters, breweries, telecoms, flower growers, NGOs and
    # agencies writing CIM Level 6 and 7 reports and MBA assignments in English (the Ethiopian calendar and its years
    # (2016 E.C.), Enkutatash, Meskel, Eid, prices in birr, shillings and francs, M-PESA's launch, paybill, till and
    # USSD codes, proclamations with numbers and years, founding years, the GERD, marathon results, coffee grades and
    # harvests, tea auctions, flower tonnages, PO boxes and addresses, Umuganda, Kwibohora, Madaraka and Jamhuri Day,
    # stock tickers, awards, people's titles (Ato, W/ro, Mzee), academic and fiscal years, censuses, exchange and
    # inflation figures, flights, handles, samples and course codes, none of them citations); textbooks (Pearson,
    # Routledge, Macmillan Education East Africa), chapters, journals with up to eight authors and DOIs, theses (Addis
    # Ababa University, the University of Nairobi, Strathmore, the University of Rwanda, KCA University), conference
    # papers, statistics offices, central banks and regulators (bodies with two works of a year), laws under the
    # state that made them, firms' pages and annual reports, market research with years (GeoPoll, Ipsos Kenya, TIFA),
    # the press signed and unsigned, social posts, videos, podcasts and undated pages; Ethiopian and Eritrean names
    # (a given name and the father's, cited by the first or written whole), Somali, Kenyan and Rwandan names.
    # Held out for its first tables (stop 45), development data since stop 46. Seeds from 221000.
    "blind217": range(221000, 221000 + 100),
    "blind217-more": range(221000 + 100, 221000 + 400),
    # "blind218" is a two-hundred-and-eighteenth independent pool (blind218_works.py, blind218_text.py), written by a
    # two-hundred-and-eighteenth hand without reading the checker, its tests or the other pools: marketers at
    # supermarkets, discounters, convenience chains, online grocers, food and drink brands and their agencies in the
    # UK, Ireland, Germany and Australia (Tesco, Sainsbury's, Asda, Aldi, Lidl, Ocado, Co-op, Dunnes Stores,
    # SuperValu, Rewe, Edeka, Woolworths, Coles) writing CIM Level 6 and 7 reports and MBA assignments in English
    # (grocery market shares with periods, loyalty and price-match schemes with launch years, multibuys and prices in
    # pounds, euros and Australian dollars, store counts, the HFSS rules, the sugar levy, the bag charge and GSCOP
    # with years, recalls, own-label ranges, food inflation by month, Christmas adverts, barcodes, Red Tractor and
    # Fairtrade, awards, people's titles, financial years, periods and weeks, none of them citations); retail and
    # food-marketing textbooks, chapters, journals with up to eight authors and DOIs, theses, EAERCD and AMA papers,
    # regulators and public bodies, trade bodies and charities, grocers' pages and annual reports, market research,
    # the grocery press signed and unsigned, social posts, videos, podcasts and undated pages; British, Irish
    # (Ó Súilleabháin, Ní Chonaill), German (Müller, Weiß) and Australian names.
    # Held out for its first tables (stop 45), development data since stop 46. Seeds from 222000.
    "blind218": range(222000, 222000 + 100),
    "blind218-more": range(222000 + 100, 222000 + 400),
    # "blind219" is a two-hundred-and-nineteenth independent pool (blind219_works.py, blind219_text.py), written by a
    # two-hundred-and-nineteenth hand without reading the checker, its tests or the other pools: marketers at
    # construction firms, architecture practices, engineering consultancies, building-materials and HVAC
    # manufacturers, proptech start-ups and builders' merchants in the UK, Ireland, the Nordics and the Gulf (Balfour
    # Beatty, Kier, Arup, Mott MacDonald, Kingspan, Travis Perkins, Velux, Skanska, Saint-Gobain, Aldar) writing CIM
    # Level 6 and 7 reports and MBA assignments in English (standards with years and parts, building regulations and
    # approved documents with editions, RIBA Plan of Work stages, NEC4, JCT and FIDIC forms with years, BREEAM, LEED
    # and EPC ratings, BIM levels, projects with completion years, contract sums in pounds, dirhams, kronor and euros,
    # U-values, fire classes and product specifications, product codes, addresses and postcodes, awards, post-
    # nominals, financial years, quarters and halves, none of them citations); construction and industrial-marketing
    # textbooks, chapters, journals with up to eight authors and DOIs, theses, ARCOM and CIB papers, public bodies,
    # regulators, standards and trade bodies, inquiry reports, firms' pages, annual reports and investor decks, market
    # research with years, the construction press signed and unsigned, social posts, videos, podcasts and undated
    # pages; British, Irish (Ó Briain, Mac Aodha), Nordic (Åkesson, Sørensen, Häkkinen) and Arabic (Al-Hashimi,
    # bin Sulayem) names.
    # Held out for its first tables (stop 46), development data since stop 46. Seeds from 223000.
    "blind219": range(223000, 223000 + 100),
    "blind219-more": range(223000 + 100, 223000 + 400),
    # "blind220" is a two-hundred-and-twentieth independent pool (blind220_works.py, blind220_text.py), written by a
    # two-hundred-and-twentieth hand without reading the checker, its tests or the other pools: marketers in Central
    # America and its diaspora (Guatemala City, Quetzaltenango, San Salvador, Tegucigalpa, San Pedro Sula, Managua,
    # San José, Heredia, Panama City, Colón, Belize City; Los Angeles, Houston, Miami, Washington DC, Madrid) at banks
    # and cooperatives, remittance firms, coffee, banana and sugar exporters, breweries, telecoms, retailers, tourism
    # boards and agencies writing CIM Level 6 and 7 reports and MBA assignments in English (founding years, the Panama
    # Canal and its expansion, laws and decrees with numbers, prices and remittances in quetzales, colones, lempiras,
    # córdobas, balboas and dollars, coffee harvests, grades and Cup of Excellence scores, CAFTA-DR, independence days
    # and festivals, hurricanes, phone numbers, addresses and apartados, tickers, awards, people's titles (Lic., Ing.,
    # Doña) and fiscal and academic years, none of them citations); textbooks, chapters, journals with up to eight
    # authors and DOIs, theses, CLADEA and BALAS papers, central banks, statistics institutes, regulators and tourism
    # boards, laws under the congress that passed them, firms' pages and annual reports, market research, the press
    # signed and unsigned, social posts, videos, podcasts and undated pages; two surnames (García Márquez), particles
    # (de León, del Valle), hyphens (Sánchez-Cerén), K'iche' and Kaqchikel names (Tz'ul, Q'anil) and English-Creole
    # names from Belize and the Caribbean coast.
    # Held out for its first tables (stop 46), development data since stop 46. Seeds from 224000.
    "blind220": range(224000, 224000 + 100),
    "blind220-more": range(224000 + 100, 224000 + 400),
    # "blind221" is a two-hundred-and-twenty-first independent pool (blind221_works.py, blind221_text.py), written by a
    # two-hundred-and-twenty-first hand without reading the checker, its tests or the other pools: marketers at
    # publishers, newspapers, magazines, podcast networks, bookshops, audiobook and streaming services and literary
    # agencies in the UK, Ireland, the United States and Australia (Penguin Random House, HarperCollins, Bloomsbury,
    # Faber & Faber, Hachette UK, Pan Macmillan, Waterstones, Audible, Spotify, Reach plc, Guardian Media Group, Condé
    # Nast, Future plc) writing CIM Level 6 and 7 reports and MBA assignments in English (books and their years as
    # subjects, authors and titles as products, BookTok hits, podcast series and episodes, print runs, sales and
    # prices, ISBNs and ISSNs, ABC circulation with periods, mastheads and launch years, paywalls, World Book Day,
    # Super Thursday, the Net Book Agreement, prizes, bestseller-list positions, people's titles, financial years,
    # tickers, rights deals and royalties, none of them citations); publishing and media textbooks, chapters, journals
    # with up to eight authors and DOIs, theses, London and Frankfurt Book Fair papers, regulators and public bodies
    # (bodies with two works of a year), trade bodies and charities, publishers' and media groups' pages, annual
    # reports and investor decks, market research with years, the press signed and unsigned, social posts, videos,
    # podcast episodes and undated pages; British, Irish (Ó Súilleabháin, Ní Chonaill), American and Australian names.
    # Held out for its first tables (stop 46), development data since stop 46. Seeds from 225000.
    "blind221": range(225000, 225000 + 100),
    "blind221-more": range(225000 + 100, 225000 + 400),
    # "blind222" is a two-hundred-and-twenty-second independent pool (blind222_works.py, blind222_text.py), written by a
    # two-hundred-and-twenty-second hand without reading the checker, its tests or the other pools: marketers at gym
    # chains, boutique studios, leisure trusts, fitness apps, wearables makers, sports-nutrition brands and running
    # and cycling events in the UK, Ireland, the Netherlands, Australia and the United States (PureGym, The Gym Group,
    # David Lloyd Clubs, Better, Les Mills, Peloton, Strava, WHOOP, Garmin, Myprotein, Huel, parkrun) writing CIM Level
    # 6 and 7 reports and MBA assignments in English (membership prices and contract terms, classes and programmes with
    # launch years, events and editions, wearables and models, steps, VO2 max, grams and kcal, guidelines and levies
    # with years, club counts, app versions and ratings, race times, franchise fees, Games, awards, people's titles,
    # financial years and quarters, none of them citations); sport-management textbooks, chapters, journals with up to
    # eight authors and DOIs, theses, EASM, NASSM and SMAANZ papers, public bodies and regulators, trade bodies and
    # charities (bodies with two works of a year), operators' pages, annual reports and investor decks, market research
    # with years, the press signed and unsigned, social posts, videos, podcast episodes and undated pages; British,
    # Irish (Ó Súilleabháin, Ní Bhriain), Dutch (van der Meer, de Jong), Australian and American names.
    # Held out for its first tables (stop 46), development data since stop 46. Seeds from 226000.
    "blind222": range(226000, 226000 + 100),
    "blind222-more": range(226000 + 100, 226000 + 400),
    # "blind223" is a two-hundred-and-twenty-third independent pool (blind223_works.py, blind223_text.py), written by a
    # two-hundred-and-twenty-third hand without reading the checker, its tests or the other pools: marketers in Malta,
    # Gibraltar, Jersey and Guernsey and their diaspora (Valletta, Sliema, St Julian's, Mdina, Gozo, Gibraltar, St
    # Helier, St Peter Port; London, Melbourne, Toronto) at banks and funds, iGaming and payments firms, insurers,
    # hotels and tourism boards, airlines, telecoms, retailers, breweries and agencies writing CIM Level 6 and 7
    # reports and MBA assignments in English (laws by chapter and year, Independence, Freedom, Republic and Liberation
    # Days, National Day, the 1967 and 2002 referendums, EU accession and the euro, Valletta 2018, festas and feast
    # days, visitor, GDP and population figures, gaming licences, company numbers, phone numbers, postcodes, ferry and
    # flight routes, prices in euros and pounds, tickers, awards, people's titles, financial years, none of them
    # citations); textbooks, chapters, journals with up to eight authors and DOIs, theses (Malta, Gibraltar, Exeter,
    # Bournemouth, Surrey), Islands of the World and EMAC papers, regulators and public bodies (bodies with two works
    # of a year), laws, company pages and annual reports, market research with years, the press signed and unsigned,
    # social posts, videos, podcasts and undated pages; Maltese names with ċ, ġ, ħ, ż and għ, Gibraltarian names and
    # Jersey and Guernsey names with Le, de and du.
    # Held out for its first tables (stop 46), development data since stop 46. Seeds from 227000.
    "blind223": range(227000, 227000 + 100),
    "blind223-more": range(227000 + 100, 227000 + 400),
    # "blind224" is a two-hundred-and-twenty-fourth independent pool (blind224_works.py, blind224_text.py), written by a
    # two-hundred-and-twenty-fourth hand without reading the checker, its tests or the other pools: marketers at toy
    # makers, games and puzzle publishers, children's publishers and licensing agencies, baby and nursery brands, toy
    # retailers and children's entertainment studios in the UK, Denmark, Germany, the United States and Japan (LEGO,
    # Mattel, Hasbro, Bandai Namco, Ravensburger, Playmobil, Smyths Toys, The Entertainer, Hamleys, Moonpig, Mothercare,
    # Entertainment One) writing CIM Level 6 and 7 reports and MBA assignments in English (toys, sets and films with
    # launch years, set numbers and SKUs, age grades, warning labels and safety marks, toy standards, toy fairs,
    # awards and DreamToys lists, licences, Christmas and the Golden Quarter, prices, promotions, Black Friday, view
    # counts, the Online Safety Act and the Children's Code, patents, trade marks, store openings and counts,
    # tickers, people's titles, financial years, quarters and halves, none of them citations); textbooks, chapters,
    # journals with up to eight authors and DOIs, theses, Toy Fair and ICA papers, regulators and public bodies
    # (bodies with two works of a year), trade bodies and charities, toy companies' pages, annual reports and investor
    # decks, market research with years, the toy trade press and newspapers signed and unsigned, social posts,
    # videos, podcasts and undated pages; Danish names with æ, ø and å, German names with umlauts and "von", Japanese
    # names as their owners print them.
    # Held out for its first tables (stop 46), development data since stop 46. Seeds from 228000.
    "blind224": range(228000, 228000 + 100),
    "blind224-more": range(228000 + 100, 228000 + 400),
    # "blind225" is a two-hundred-and-twenty-fifth independent pool (blind225_works.py, blind225_text.py), written by a
    # two-hundred-and-twenty-fifth hand without reading the checker, its tests or the other pools: marketers in
    # later-life services in the UK, Ireland, Australia and Canada (care-home groups and home-care providers,
    # retirement villages, funeral directors and funeral-plan firms, equity-release and annuity providers, hearing-aid
    # and mobility retailers and age charities: Care UK, HC-One, Barchester, Anchor, McCarthy Stone, Audley Villages,
    # Dignity, Co-op Funeralcare, Pure Cremation, Just Group, Legal & General, Specsavers Audiology, Amplifon, Age UK,
    # Independent Age) writing CIM Level 6 and 7 reports and MBA assignments in English (care fees, cremation and
    # funeral prices, inspection ratings with dates, bed and home counts, the State Pension age, the triple lock,
    # pension freedoms, the care cap and its delays, the Dilnot Commission, the Care Act 2014, the funeral-plan rules
    # of 29 July 2022, equity-release rates and ages, hearing-aid models, awareness weeks, birthdays, open days,
    # awards, people's titles, financial years and quarters, none of them citations); textbooks, chapters, journals
    # with up to eight authors and DOIs, theses, British Society of Gerontology and AMA papers, regulators and public
    # bodies (bodies with two works of a year), trade bodies and charities, care, funeral and finance companies'
    # pages, annual reports and investor decks, market research with years, the care and funeral press and
    # newspapers signed and unsigned, social posts, videos, podcasts and undated pages; Irish names with Ó, Ní and
    # fadas, Scottish Mac and Mc names, Welsh names and French-Canadian names with accents.
    # Held out for its first tables (stop 46), development data since stop 47. Seeds from 229000.
    "blind225": range(229000, 229000 + 100),
    "blind225-more": range(229000 + 100, 229000 + 400),
    # "blind226" is a two-hundred-and-twenty-sixth independent pool (blind226_works.py, blind226_text.py), written by a
    # two-hundred-and-twenty-sixth hand without reading the checker, its tests or the other pools: marketers in
    # Bolivia, Ecuador and Paraguay and their diaspora at banks and cooperatives, mobile operators, breweries,
    # supermarkets, cacao, coffee, quinoa, banana and shrimp exporters, airlines, tourism boards and agencies writing
    # CIM Level 6 and 7 reports and MBA assignments in English (founding years, prices and remittances in bolivianos,
    # dollars and guaraníes, dollarisation, Itaipu, laws and decrees, festivals and holidays, the Dakar years, cacao,
    # quinoa and coffee grades, export tonnages, teleférico lines, phone numbers, casillas and addresses, tickers,
    # awards, people's titles, academic and fiscal years, none of them citations); textbooks, chapters, journals with
    # up to eight authors and DOIs, theses, CLADEA and BALAS papers, statistics offices, central banks, regulators and
    # ministries (bodies with two works of a year), laws and decrees, company pages and annual reports, market
    # research with years, the press signed and unsigned, social posts, videos, podcasts and undated pages; two
    # surnames, particles, Quechua, Aymara, Kichwa and Guaraní names.
    # Held out for its first tables (stop 46), development data since stop 47. Seeds from 230000.
    "blind226": range(230000, 230000 + 100),
    "blind226-more": range(230000 + 100, 230000 + 400),
    # "blind227" is a two-hundred-and-twenty-seventh independent pool (blind227_works.py, blind227_text.py), written by
    # a two-hundred-and-twenty-seventh hand without reading the checker, its tests or the other pools: marketers at
    # aerospace, defence and space firms and their suppliers in the UK, France, Germany, Italy, Sweden and the United
    # States (BAE Systems, Airbus, Rolls-Royce, Leonardo, Thales, Saab, Babcock, QinetiQ, GKN Aerospace, Spirit
    # AeroSystems, Surrey Satellite Technology, OneWeb, Orbex, Reaction Engines, Boeing, Lockheed Martin) writing CIM
    # Level 6 and 7 reports and MBA assignments in English (aircraft and engines with service entry and first flights,
    # programmes with launch years, air shows and exhibitions, contract values, orders and support deals, satellite
    # launches and orbits, AS9100, ISO and EASA approvals, defence reviews, budgets and GDP targets, NATO summits,
    # NSNs and part numbers, clearances, apprentice intakes, tickers, awards, ranks, post-nominals and titles,
    # financial years, quarters and halves, none of them citations); textbooks, chapters, journals with up to eight
    # authors and DOIs, theses, IAC, RAeS and AIAA papers, public bodies and regulators (bodies with two works of a
    # year), trade bodies, company pages, annual reports and investor decks, market research with years, the trade
    # and national press signed and unsigned, social posts, videos, podcasts and undated pages; Swedish names with å,
    # ä and ö, French names with de, du and Le, Italian and German names.
    # Held out for its first tables (stop 46), development data since stop 47. Seeds from 231000.
    "blind227": range(231000, 231000 + 100),
    "blind227-more": range(231000 + 100, 231000 + 400),
    # "blind228" is a two-hundred-and-twenty-eighth independent pool (blind228_works.py, blind228_text.py), written by
    # a two-hundred-and-twenty-eighth hand without reading the checker, its tests or the other pools: marketers in
    # Fiji, Samoa, Tonga, Vanuatu and the Solomon Islands and their diaspora (Suva, Nadi, Lautoka, Apia, Nukuʻalofa,
    # Port Vila, Honiara; Auckland, Sydney, Brisbane, Salt Lake City, Honolulu) at banks and remittance firms,
    # telecoms, airlines, resorts and tourism boards, breweries, kava and water exporters, retailers and NGOs writing
    # CIM Level 6 and 7 reports and MBA assignments in English (prices and remittances in Fiji dollars, tālā, paʻanga
    # and vatu, kava and water exports, tourist arrivals, cyclones and the Hunga Tonga eruption, independence days,
    # the Pacific Games, the Rugby World Cup and Olympic sevens, festivals and church days, flight routes, mobile money
    # launches, phone numbers, PO boxes, tickers, awards, chiefly, political and church titles, financial years and
    # quarters, none of them citations); textbooks, chapters, journals with up to eight authors and DOIs, theses,
    # PIURN and ANZMAC papers, statistics offices, central banks and regional bodies (bodies with two works of a
    # year), laws cited by their parliament, company pages and annual reports, market research with years, Pacific
    # news signed and unsigned, social posts, videos, podcasts and undated pages; Fijian, Indo-Fijian, Samoan and
    # Tongan names with the ʻokina and macrons, ni-Vanuatu and Solomon Islands names and chiefly titles.
    # Held out for its first tables (stop 46), development data since stop 47. Seeds from 232000.
    "blind228": range(232000, 232000 + 100),
    "blind228-more": range(232000 + 100, 232000 + 400),
    # "blind229" is a two-hundred-and-twenty-ninth independent pool (blind229_works.py, blind229_text.py), written by
    # a two-hundred-and-twenty-ninth hand without reading the checker, its tests or the other pools: marketers at
    # farm-machinery makers and dealers, agritech start-ups, seed, crop-protection and fertiliser firms, feed makers,
    # co-operatives and farm-data platforms in the UK, Ireland, Germany, the Netherlands, Denmark, the United States
    # and New Zealand writing CIM Level 6 and 7 reports and MBA assignments in English on B2B and dealer marketing
    # (tractors and combines with model years and horsepower, machinery shows, prices and grants in pounds, euros and
    # dollars, yields, areas and commodity prices, schemes and laws with years, the CAP period, pesticide approvals
    # and fertiliser analyses, seed varieties and recommended lists, harvests, part codes, RTK accuracy, ISOBUS,
    # awards, job titles, financial years and quarters, none of them citations); textbooks, chapters, journals with
    # up to eight authors and DOIs, theses, conference papers, public bodies and regulators (bodies with two works of
    # a year), trade bodies and charities, company pages, annual reports and investor decks, market research with
    # years, the farming and national press signed and unsigned, social posts, videos, podcasts and undated pages;
    # German names with umlauts and von, Dutch names with van, de and ter, Danish names with æ, ø and å, Irish names
    # with Ó, Ní and Mac, Māori names.
    # Held out for its first tables (stop 46), development data since stop 47. Seeds from 233000.
    "blind229": range(233000, 233000 + 100),
    "blind229-more": range(233000 + 100, 233000 + 400),
    # "blind230" is a two-hundred-and-thirtieth independent pool (blind230_works.py, blind230_text.py), written by a
    # two-hundred-and-thirtieth hand without reading the checker, its tests or the other pools: marketers at chemical,
    # plastics, coatings and packaging companies and their distributors in the UK, Germany, Belgium, the Netherlands,
    # Switzerland, India and the United States (BASF, INEOS, Dow, Covestro, Evonik, Solvay, Syensqo, Croda, Johnson
    # Matthey, AkzoNobel, Sika, Clariant, DS Smith, Mondi, Amcor, Smurfit Westrock, Tetra Pak, Reliance Industries)
    # writing CIM Level 6 and 7 reports and MBA assignments in English on B2B, sustainability and trade marketing
    # (chemicals, CAS numbers and formulas, regulations and directives with years and numbers, taxes, recycled-content
    # thresholds and rates, plant openings, capacities and sites, accidents, standards and certification schemes,
    # resin codes and grades, trade names with launch years, prices and indices, Responsible Care, trade shows,
    # tickers, awards, post-nominals and titles, financial years and quarters, none of them citations); textbooks,
    # chapters, journals with up to eight authors and DOIs, theses, conference papers, regulators and public bodies
    # (bodies with two works of a year), trade bodies and charities, company pages, annual reports and investor decks,
    # market research with years, the chemical and packaging press signed and unsigned, social posts, videos,
    # podcasts and undated pages; German, Swiss, Belgian, Dutch and Indian names as their owners print them.
    # Held out for its first tables (stop 46), development data since stop 47. Seeds from 234000.
    "blind230": range(234000, 234000 + 100),
    "blind230-more": range(234000 + 100, 234000 + 400),
    # "blind231" is a two-hundred-and-thirty-first independent pool (blind231_works.py, blind231_text.py), written by a
    # two-hundred-and-thirty-first hand without reading the checker, its tests or the other pools: marketers in Iraq and
    # the Kurdistan Region and their diaspora (Baghdad, Basra, Mosul, Erbil/Hewlêr, Sulaymaniyah/Slêmanî, Duhok, Najaf,
    # Karbala, Kirkuk; London, Manchester, Malmö, Stockholm, Berlin, Dearborn, San Diego) at banks and fintechs,
    # telecoms, airlines, malls and retailers, FMCG and drinks makers, developers and NGOs (Rafidain Bank, Trade Bank of
    # Iraq, Cihan Bank, Zain Cash, FIB, Qi Card, Asiacell, Zain Iraq, Korek Telecom, Iraqi Airways, Fly Erbil, Family
    # Mall, Carrefour Iraq) writing CIM Level 6 and 7 reports and MBA assignments in English (prices in dinars and
    # dollars, exchange rates with dates, oil exports, census years and estimates, Ramadan, Eid, Nowruz, Arbaeen, Hijri
    # and Kurdish years, elections and the 2017 referendum, the Gulf Cup, 4G licences, mall and hotel openings, phone
    # numbers, PO boxes, ISX tickers, CPA orders and cabinet decisions, awards, titles, financial years and quarters,
    # none of them citations); textbooks, chapters, journals with up to eight authors and DOIs, theses from Iraqi,
    # Kurdish and UK universities, conference papers from Erbil and the Academy of Marketing, regulators, public bodies
    # and international organisations (bodies with two works of a year), laws by number and year, company pages and
    # annual reports, market research with years, news signed and unsigned, social posts, videos, podcasts and undated
    # pages; Arabic names with al-, Al, Abd al- and Abu, Kurdish names with ê, î and ş, patronymic chains, Assyrian,
    # Chaldean and Yazidi names and diaspora spellings as their owners print them.
    # Held out for its first tables (stop 47), development data since stop 48. Seeds from 235000.
    "blind231": range(235000, 235000 + 100),
    "blind231-more": range(235000 + 100, 235000 + 400),
    # "blind232" is a two-hundred-and-thirty-second independent pool (blind232_works.py, blind232_text.py), written by
    # a two-hundred-and-thirty-second hand without reading the checker, its tests or the other pools: marketers at
    # insurers, Lloyd's syndicates, brokers, price-comparison sites, pension providers, platforms and wealth managers in
    # the UK, Ireland, Germany, France, Switzerland and Bermuda (Aviva, Legal & General, Prudential, Phoenix Group,
    # Direct Line, Admiral, Hiscox, Beazley, Zurich, Allianz, AXA, Swiss Re, Hargreaves Lansdown, St. James's Place, AJ
    # Bell, Nest, compare the market, MoneySuperMarket) writing CIM Level 6 and 7 reports and MBA assignments in English
    # on consumer, B2B and adviser marketing (premiums, limits and excesses in pounds, euros and francs, combined and
    # loss ratios, storms and catastrophes with years, founding years, schemes and reforms with years, handbook rules
    # and policy statements, FRNs and policy numbers, star ratings, pension ages, tax years and allowances, product
    # launches, tickers, awards, post-nominals, financial years, quarters and half years, syndicates, ratings and
    # renewals, none of them citations); textbooks and CII study texts, chapters, journals with up to eight authors and
    # DOIs, theses, conference papers, working papers, regulators and public bodies and their guidance (bodies with two
    # works of a year), trade bodies, company pages, annual reports and investor decks, market research with years,
    # the trade and national press signed and unsigned, social posts, videos, podcasts and undated pages; British
    # double-barrelled names, Irish names with Ó, Ní and Mac, German names with von, French names with de and d', Swiss
    # names with umlauts.
    # Held out for its first tables (stop 47), development data since stop 48. Seeds from 236000.
    "blind232": range(236000, 236000 + 100),
    "blind232-more": range(236000 + 100, 236000 + 400),
    # "blind233" is a two-hundred-and-thirty-third independent pool (blind233_works.py, blind233_text.py), written by
    # a two-hundred-and-thirty-third hand without reading the checker, its tests or the other pools: marketers at
    # energy suppliers, renewable-energy developers, water and electricity networks, EV-charging and heat-pump firms
    # and energy start-ups in the UK, Ireland, Denmark, Germany, Spain and the Netherlands (Octopus Energy, British Gas
    # and Centrica, EDF, E.ON, OVO, SSE, ScottishPower and Iberdrola, Ørsted, Vattenfall, RWE, National Grid, Thames
    # Water, Severn Trent, Pod Point, Ionity, Bulb) writing CIM Level 6 and 7 reports and MBA assignments in English on
    # consumer, B2B and stakeholder marketing (price caps, unit rates and standing charges with their periods, support
    # schemes, wind farms, power stations, pumped storage and reservoirs with opening years, capacities and outputs,
    # outages, storms and droughts, Acts, schemes and allocation rounds with years, licence, company, MPAN and MPRN
    # numbers, supplier failures, charger counts and powers, EPC bands and SAP scores, emission figures and targets,
    # tickers, awards, post-nominals and job titles, financial years, quarters and winters, tariffs, price controls,
    # wholesale prices, interconnectors, smart meters, standards, heat pumps and EVs, customer numbers, COP summits,
    # samples, cross-references and handles, none of them citations); textbooks, chapters, journals with up to eight
    # authors and DOIs, theses, conference papers, regulators and public bodies (bodies with two works of a year),
    # trade bodies and charities, company pages, annual reports and investor decks, market research with years, the
    # energy and national press signed and unsigned, social posts, videos, podcasts and undated pages; Danish names
    # with æ, ø and å, German names with umlauts and von, Dutch names with van, de and ter, Spanish double surnames,
    # Irish names with Ó, Ní and Mac, Welsh and Scottish Gaelic names.
    # Held out for its first tables (stop 47), development data since stop 48. Seeds from 237000.
    "blind233": range(237000, 237000 + 100),
    "blind233-more": range(237000 + 100, 237000 + 400),
    # "blind234" is a two-hundred-and-thirty-fourth independent pool (blind234_works.py, blind234_text.py), written by
    # a two-hundred-and-thirty-fourth hand without reading the checker, its tests or the other pools: marketers in
    # Georgia and Armenia and their diaspora (Tbilisi, Batumi, Kutaisi, Rustavi, Yerevan, Gyumri, Vanadzor, Dilijan;
    # Moscow, Glendale, Los Angeles, Paris, Marseille, Athens, Tel Aviv) at banks and fintechs, telecoms, wineries and
    # brandy houses, mineral-water makers, tourism boards, airlines, hotels, retailers and NGOs (TBC Bank, Bank of
    # Georgia, Liberty Bank, Ameriabank, Ardshinbank, Inecobank, Evocabank, Idram, Magti, Silknet, Cellfie, Team
    # Telecom Armenia, Ucom, Viva, Tbilvino, Teliani Valley, Shumi, Yerevan Brandy Company, Borjomi, Nabeglavi, Jermuk,
    # Nikora, Carrefour Georgia, SAS, Yerevan City) writing CIM Level 6 and 7 reports and MBA assignments in English
    # (prices in lari and drams, exchange rates with dates, wine exports and vintages, qvevri and UNESCO, mineral-water
    # springs with years, independence days, the Rose and Velvet Revolutions, the 2008 and 2020 wars, Tbilisoba and
    # Vardavar, Christmas on 6 and 7 January, tourist arrivals, ski seasons, flight routes, phone numbers, company IDs,
    # tickers, awards, titles, financial years and quarters, heritage sites, historical figures with life dates,
    # broadcasters, elections, EU candidate status, Euro 2024, none of them citations); textbooks, chapters, journals
    # with up to eight authors and DOIs, theses from Georgian, Armenian and UK universities, conference papers, public
    # bodies, regulators and international organisations (bodies with two works of a year), laws under the parliament
    # that passed them, company pages and annual reports, market research with years, news signed and unsigned, social
    # posts, videos, podcasts and undated pages; Georgian names (-shvili, -dze, -ia, -uri, -ava), Armenian names (-yan,
    # -ian, -uni, Ter- and Der-), diaspora spellings (Sarkissian, Arutyunyan, Kévorkian) and scholarly
    # transliterations (Harutʻyunyan, Łazaryan).
    # Held out for its first tables (stop 47), development data since stop 48. Seeds from 238000.
    "blind234": range(238000, 238000 + 100),
    "blind234-more": range(238000 + 100, 238000 + 400),
    # "blind235" is a two-hundred-and-thirty-fifth independent pool (blind235_works.py, blind235_text.py), written by
    # a two-hundred-and-thirty-fifth hand without reading the checker, its tests or the other pools: marketers at
    # restaurant groups, pub companies, coffee and bakery chains, quick-service brands, food-delivery platforms and
    # hospitality suppliers in the UK and Ireland (Greggs, Nando's, Pret A Manger, JD Wetherspoon, Mitchells & Butlers,
    # Greene King, Fuller's, Costa Coffee, Caffè Nero, Wagamama, Dishoom, Leon, Itsu, Deliveroo, Just Eat, Uber Eats,
    # Brakes, Bidfood, Supermac's, Bewley's) writing CIM Level 6 and 7 reports and MBA assignments in English on
    # consumer, loyalty, franchise and trade marketing (menu prices and deals with their periods, sites, openings,
    # closures and disposals with years, like-for-like sales, hygiene ratings, calorie-labelling, allergen, licensing
    # and tips laws, VAT, energy and wage rates, loyalty apps and menu launches, fixtures and calendar moments, pint
    # prices and beer duty, tickers, awards, job titles and honours, financial years and half years, lockdown dates,
    # deals and IPOs, levies, certifications, samples, cross-references and handles, none of them citations);
    # textbooks, chapters, hospitality and food journals with up to eight authors and DOIs, theses, conference papers,
    # regulators and public bodies (bodies with two works of a year), trade bodies and charities, company pages,
    # annual reports and investor decks, market research with years, the trade and national press signed and
    # unsigned, social posts, videos, podcasts and undated pages; British double-barrelled names, Irish names with Ó,
    # Ní, Nic and Mac, Italian names with di and de, South Asian and Portuguese names.
    # Held out for its first tables (stop 47), development data since stop 48. Seeds from 239000.
    "blind235": range(239000, 239000 + 100),
    "blind235-more": range(239000 + 100, 239000 + 400),
    # "blind236" is a two-hundred-and-thirty-sixth independent pool (blind236_works.py, blind236_text.py), written by a
    # two-hundred-and-thirty-sixth hand without reading the checker, its tests or the other pools: marketers at estate
    # agents, property portals, housebuilders, build-to-rent and student-housing operators, mortgage brokers, lenders
    # and proptech start-ups in the UK and Ireland (Rightmove, Zoopla, OnTheMarket, Daft.ie, MyHome.ie, Foxtons,
    # Savills, Knight Frank, Purplebricks, Barratt Developments, Persimmon, Taylor Wimpey, Berkeley Group, Bellway,
    # Cairn Homes, Glenveagh, Unite Students, Grainger, Habito, L&C Mortgages) writing CIM Level 6 and 7 reports and MBA
    # assignments in English on consumer, B2B and developer marketing (house prices and rents with their periods,
    # asking prices, mortgage rates, LTV products and Bank Rate, fiscal events, schemes, Bills and Acts with years,
    # stamp duty holidays, completions and land banks, EPC ratings, developments and scheme sizes, postcodes and
    # Eircodes, indices, property events, portal traffic, founding years, tickers, awards, post-nominals and job titles,
    # financial years, half years, quarters and academic years, planning references, building safety, council tax,
    # floor areas, fees, mortgage products, slogans, samples, cross-references and handles, none of them citations);
    # textbooks, chapters, journals with up to eight authors and DOIs, theses, conference papers, regulators and public
    # bodies (bodies with two works of a year), trade bodies and charities, company pages, annual reports and investor
    # decks, house-price indices and research houses, the property and national press signed and unsigned, social
    # posts, videos, podcasts and undated pages; British double-barrelled names, Irish names with Ó, Ní and Mac, South
    # Asian, Polish and Nigerian names.
    # Held out for its first tables (stop 47), development data since stop 48. Seeds from 240000.
    "blind236": range(240000, 240000 + 100),
    "blind236-more": range(240000 + 100, 240000 + 400),
    # "blind237" is a two-hundred-and-thirty-seventh independent pool (blind237_works.py, blind237_text.py), written by
    # a two-hundred-and-thirty-seventh hand without reading the checker, its tests or the other pools: marketers in
    # Albania, Kosovo, North Macedonia and Montenegro and their diaspora at banks and fintechs, telecoms, food and drink
    # makers, tourism boards, airlines, hotels and resorts, retailers and NGOs (Raiffeisen Bank Albania, BKT, Credins
    # Bank, ProCredit Bank Kosovo, Komercijalna Banka Skopje, One Albania, IPKO, Makedonski Telekom, Crnogorski Telekom,
    # Birra Korça, Tikveš, Plantaže, Spar Albania, Tinex, Voli) writing CIM Level 6 and 7 reports and MBA assignments
    # in English (prices in lek, euro and denars and exchange rates with dates, tourist arrivals, Independence Days, EU
    # candidate status and accession talks, the 1997 pyramid schemes, the Prespa Agreement, the 2019 earthquake,
    # resorts and festivals with seasons and dates, remittances, flight routes, phone and tax numbers, listings, awards,
    # titles, financial years and quarters, censuses, NATO, the euro, visas, wages, rates, UNESCO sites, vintages,
    # roaming and the Open Balkan, none of them citations); textbooks, chapters, the region's journals with up to eight
    # authors and DOIs, theses, conference papers, statistics offices, central banks and regulators (bodies with two
    # works of a year), laws with their numbers, company pages and annual reports, market research with years, the
    # region's press signed and unsigned, social posts, videos, podcasts and undated pages; Albanian names with ë and ç
    # and their anglicised spellings, Macedonian and Montenegrin names in Latin letters, diaspora spellings.
    # Held out for its first tables (stop 48), development data since stop 48. Seeds from 241000.
    "blind237": range(241000, 241000 + 100),
    "blind237-more": range(241000 + 100, 241000 + 400),
    # "blind239" is a two-hundred-and-thirty-ninth independent pool (blind239_works.py, blind239_text.py), written by a
    # two-hundred-and-thirty-ninth hand without reading the checker, its tests or the other pools: marketers at betting,
    # gaming, lottery, bingo and casino operators, affiliates and their suppliers in the UK, Ireland and Gibraltar
    # (Entain, Flutter, Paddy Power, Sky Bet, Bet365, William Hill, Betfred, Ladbrokes, Coral, Betfair, BoyleSports,
    # Allwyn, Premier Lotteries Ireland, Gala Bingo, Mecca Bingo, Rank Group, Grosvenor Casinos, the Hippodrome Casino,
    # Evoke, Playtech, Kindred) writing CIM Level 6 and 7 reports and MBA assignments in English on consumer, CRM,
    # affiliate and safer-gambling marketing (FOBT and slot stake limits, odds, jackpots and ticket prices with their
    # periods, Acts, the white paper and the Irish Act with years, the whistle-to-whistle ban, licence numbers and the
    # National Lottery licences, race meetings and tournaments, shirt sponsorships and seasons, GGY with periods,
    # self-exclusion figures, age limits, product launches, helplines, tickers, awards, job titles and honours,
    # financial years, half years and quarters, mergers, founding years, duties and the levy, wagering caps, financial
    # risk checks, Safer Gambling Week, the watershed, shop counts, draws, prevalence figures, offer terms, app ratings,
    # RTP, campaigns, samples, cross-references, handles and Gibraltar licences, none of them citations); textbooks,
    # chapters, gambling-studies and marketing journals with up to eight authors and DOIs, theses, conference papers,
    # commissioned research, regulators and public bodies (bodies with two works of a year), trade bodies and charities,
    # operators' pages, annual reports and investor decks, market research with years, the trade and national press
    # signed and unsigned, social posts, videos, podcasts and undated pages; British double-barrelled names, Irish names
    # with Ó, Ní, Nic and Mac, Maltese and Gibraltarian, South Asian and Polish names.
    # Held out for its first tables (stop 48), development data since stop 48. Seeds from 243000.
    "blind239": range(243000, 243000 + 100),
    "blind239-more": range(243000 + 100, 243000 + 400),
    # "blind238" is a two-hundred-and-thirty-eighth independent pool (blind238_works.py, blind238_text.py), written by a
    # two-hundred-and-thirty-eighth hand without reading the checker, its tests or the other pools: marketers at rail,
    # bus, tram, ferry and public-transport operators, ticketing apps and transport authorities in the UK and Ireland
    # (Avanti West Coast, LNER, Great Western Railway, ScotRail, Transport for Wales, Northern, Southeastern, Eurostar,
    # Irish Rail, Translink, Stagecoach, FirstGroup, Arriva, National Express, Go-Ahead, Lothian Buses, Dublin Bus,
    # Trainline, Citymapper, Stena Line, Irish Ferries) writing CIM Level 6 and 7 reports and MBA assignments in English
    # on consumer, B2B and behaviour-change marketing (fares, fare caps and railcards with years, openings and timetable
    # changes, megaprojects, public ownership and contracts, Acts with years, rolling-stock classes, punctuality and
    # passenger numbers with periods, stations with years, strikes, ferry crossings, ticketing products, tickers,
    # awards, job titles, financial years, railway periods, quarters, survey waves, samples, cross-references, handles,
    # slogans and more, none of them citations); textbooks, chapters, transport and marketing journals with up to eight
    # authors and DOIs, theses, conference papers, public bodies and regulators (bodies with two works of a year),
    # trade bodies and charities, operators' pages, annual reports and investor decks, market research, the rail, bus
    # and national press signed and unsigned, social posts, videos, podcasts and undated pages; British
    # double-barrelled names, Irish names with Ó, Ní and Mac, Scottish Mc and Mac, Welsh ap, ab and Llywelyn, South
    # Asian and Caribbean names.
    # Held out for its first tables (stop 48), development data since stop 48. Seeds from 242000.
    "blind238": range(242000, 242000 + 100),
    "blind238-more": range(242000 + 100, 242000 + 400),
    # "blind240" is a two-hundred-and-fortieth independent pool (blind240_works.py, blind240_text.py), written by a
    # two-hundred-and-fortieth hand without reading the checker, its tests or the other pools: marketers at parcel
    # carriers, couriers, freight forwarders, logistics and warehousing firms, ports and shipping lines in the UK and
    # Ireland and their European partners (Royal Mail, Parcelforce, Evri, DPD UK, DHL Parcel UK, UPS, FedEx, Yodel, An
    # Post, Fastway, GXO, Wincanton, Clipper Logistics, XPO, Maersk, Stena Line freight, Associated British Ports, the
    # Port of Felixstowe, Dublin Port, Peel Ports, InPost, Amazon Logistics) writing CIM Level 6 and 7 reports and MBA
    # assignments in English on B2B, e-commerce and employer-brand marketing (stamp prices and surcharges with periods,
    # parcel volumes, service launches, strikes, postal and customs laws and rules with years, hubs, berths and ports
    # with opening years, ships and TEU sizes, tracking numbers and postcodes, fleets and EV targets, league tables and
    # ratings, tickers, awards, job titles and honours, financial years, quarters, peak seasons, founding years,
    # privatisation and rebrands, the driver shortage and licence categories, vehicle sizes, emissions targets, green
    # corridors, tonnages, ferry routes, Incoterms, warehouse sizes, service names, hours, helplines, consumer law, ASA
    # rulings, campaigns, samples, cross-references, handles, abbreviations, euro prices, weight bands, year ranges and
    # percentage changes, none of them citations); textbooks (Kogan Page, Routledge, Pearson, Sage, CILT), chapters,
    # logistics, maritime and marketing journals with up to eight authors and DOIs, theses, conference papers (LRN, IAME,
    # the Academy of Marketing), regulators and public bodies (bodies with two works of a year), trade bodies and
    # charities, carriers' and ports' pages, annual reports and investor decks, market research with years, the trade
    # and national press signed and unsigned, social posts, videos, podcasts and undated pages; British
    # double-barrelled names, Irish names with Ó, Ní and Mac, Dutch, Danish and Polish names, South Asian and Nigerian
    # names.
    # Held out for its first tables (stop 48), development data since stop 49. Seeds from 244000.
    "blind240": range(244000, 244000 + 100),
    "blind240-more": range(244000 + 100, 244000 + 400),
    # "blind242" is a two-hundred-and-forty-second independent pool (blind242_works.py, blind242_text.py), written by a
    # two-hundred-and-forty-second hand without reading the checker, its tests or the other pools: marketers at mobile
    # networks, broadband and fibre providers, pay-TV firms and telecoms resellers in the UK and Ireland (BT, EE,
    # Openreach, Virgin Media O2, Vodafone UK, Three UK, Sky, TalkTalk, Plusnet, giffgaff, Lebara, Lyca Mobile,
    # Hyperoptic, CityFibre, Community Fibre, Gigaclear, Eir, Three Ireland, Virgin Media Ireland, Digiweb, National
    # Broadband Ireland) writing CIM Level 6 and 7 reports and MBA assignments in English on consumer, SME and retention
    # marketing (price rises with periods, SIM-only deals and social tariffs, coverage and speeds with periods, rollout
    # targets, launches and switch-offs with years, mergers, joint ventures and acquisitions, UK, Irish and EU laws with
    # years, switching rules and the USO, spectrum auctions, handsets, outages, phone numbers and short codes,
    # complaints with periods, tickers, awards, job titles and honours, financial years, half years and quarters, ARPU,
    # connections, shares and NPS, TV rights, sponsorships, campaigns, fines and breaches, roaming, bundles, contract
    # terms, euro prices, funding programmes, app ratings, handles, samples, cross-references, abbreviations, opening
    # hours, sale dates, growth and founding years, none of them citations); textbooks, chapters, telecoms-policy,
    # services and marketing journals with up to eight authors and DOIs, theses, conference papers, regulators and public
    # bodies (bodies with two works of a year), trade bodies and charities, operators' pages, annual reports and investor
    # decks, market research with years, the trade and national press signed and unsigned, social posts, videos, podcasts
    # and undated pages; British double-barrelled names, Irish names with Ó, Ní and Mac, Spanish names with two surnames,
    # South Asian and Chinese names.
    # Held out for its first tables (stop 48), development data since stop 49. Seeds from 246000.
    "blind242": range(246000, 246000 + 100),
    "blind242-more": range(246000 + 100, 246000 + 400),
    # "blind245" is a two-hundred-and-forty-fifth independent pool (blind245_works.py, blind245_text.py), written by a
    # two-hundred-and-forty-fifth hand without reading the checker, its tests or the other pools: marketers at dairy,
    # meat, bakery and food-processing firms and farmer co-operatives in the UK and Ireland (Arla Foods UK, Müller UK &
    # Ireland, First Milk, Dairygold, Ornua (Kerrygold), Tirlán, Lakeland Dairies, Dale Farm, ABP Food Group, Dawn Meats,
    # Kepak, Cranswick, Pilgrim's UK, Moy Park, Warburtons, Hovis, Allied Bakeries, Pladis, Kerry Group, Glanbia, Bord
    # Bia's Origin Green members) writing CIM Level 6 and 7 reports and MBA assignments in English on export, brand and
    # trade marketing (milk and farm-gate prices with periods, the 2016 price crash, volumes and herds with years, brands
    # with launch years and histories, labels and schemes, the PGI for Irish Grass Fed Beef, EU rules, UK laws, the
    # Groceries Code, the HFSS rules and the Nitrates Derogation with years, plants with their openings and names, shows
    # and world days with dates, export values and reach, co-op members and bonuses, tickers, awards, job titles,
    # honours and CEOs, financial years, half years and quarters, shares, prices, inflation, weather, disease, trade
    # deals, mergers, rebrands, campaigns, sponsorships, pack sizes, percentages, samples, cross-references,
    # abbreviations, carbon figures, target years, handles, slogans, currency, retail periods and levies, none of them
    # citations); textbooks, chapters, food-policy, agricultural-economics, dairy-science and marketing journals with up
    # to eight authors and DOIs, theses, conference papers, regulators and public bodies (bodies with two works of a
    # year), trade bodies and charities, co-ops' and processors' pages, annual reports and investor decks, market
    # research with years, the farming, trade and national press signed and unsigned, social posts, videos, podcasts and
    # undated pages; British double-barrelled names, Irish names with Ó, Ní and Mac, Danish and German names, South Asian
    # and Brazilian names.
    # Held out for its first tables (stop 48), development data since stop 49. Seeds from 249000.
    "blind245": range(249000, 249000 + 100),
    "blind245-more": range(249000 + 100, 249000 + 400),
    # "blind246" is a two-hundred-and-forty-sixth independent pool (blind246_works.py, blind246_text.py), written by a
    # two-hundred-and-forty-sixth hand without reading the checker, its tests or the other pools: marketers in Greece,
    # Cyprus and their diaspora (Athens, Thessaloniki, Patras, Heraklion, Larissa, Rhodes, Nicosia, Limassol, Larnaca,
    # Paphos; London, Melbourne, New York, Chicago, Toronto, Munich) at banks and fintechs, telecoms, food and drink
    # makers, olive-oil, feta and halloumi exporters, tourism boards, hotel groups and airlines, retailers and NGOs
    # writing CIM Level 6 and 7 reports and MBA assignments in English (coffee prices and ferry fares with periods, the
    # COLA freeze, brands and firms with launch and founding years, holidays and fairs with dates, Greek, Cypriot and EU
    # laws with their numbers and years, Golden Visa rules, the bailout, the haircut, capital controls, wildfires,
    # storms, Tempi and heatwaves with dates, metro lines, routes, marinas and hotels with openings, tourism arrivals and
    # receipts, job titles and CEOs, awards and Michelin stars, tickers, financial years, half years and quarters, VAT,
    # inflation, unemployment, census figures, PDO status, olive-oil prices, sports events, songs, campaigns, handles,
    # samples, cross-references, the euro and EU accession, bank deals, rebrands, technology launches, store counts,
    # addresses, registry numbers, the recovery fund, age bands, abbreviations, rankings, assessment criteria and ships,
    # none of them citations); textbooks (Routledge, Sage, Kogan Page, Pearson, Kritiki, Rosili, Broken Hill),
    # chapters, tourism, hospitality, Greek-studies and marketing journals with up to eight authors and DOIs, theses,
    # conference papers, regulators and public bodies (bodies with two works of a year), trade bodies and charities,
    # companies' pages, annual reports and investor decks, market research with years, the Greek, Cypriot and
    # international press signed and unsigned, social posts, videos, podcasts and undated pages; Greek names
    # transliterated more than one way, Greek-script names and titles, Armenian-Cypriot and British double-barrelled
    # names.
    # Held out for its first tables (stop 49), development data since stop 50. Seeds from 250000.
    "blind246": range(250000, 250000 + 100),
    "blind246-more": range(250000 + 100, 250000 + 400),
    # "blind247" is a two-hundred-and-forty-seventh independent pool (blind247_works.py, blind247_text.py), written by a
    # two-hundred-and-forty-seventh hand without reading the checker, its tests or the other pools: marketers at
    # high-street banks, building societies, credit unions, consumer lenders, card and payments firms and challenger
    # banks in the UK and Ireland (Barclays, Lloyds Banking Group, NatWest, Santander UK, HSBC UK, Nationwide, Coventry
    # Building Society, Yorkshire Building Society, Monzo, Starling, Revolut, Chase UK, AIB, Bank of Ireland, PTSB, the
    # Credit Union Development Association, Klarna UK, Zopa, Capital One UK, Visa, Mastercard) writing CIM Level 6 and 7
    # reports and MBA assignments in English on retail banking, lending and payments marketing (Bank Rate and savings,
    # mortgage and card rates with periods, switching incentives, fees, products and launch years, the Lifetime ISA,
    # Open Banking, Apple Pay and contactless, the Consumer Duty, the Payment Services Regulations 2017, PSD2, the
    # Consumer Credit Act 1974, CASS, APP fraud reimbursement and the Building Societies Act 1986 with years, branch
    # closures, openings and Banking Hubs, the PPI deadline, fines and redress, campaigns, sponsorships and slogans,
    # awards and app ratings, customer and member numbers, tickers, job titles, honours and CEOs, financial years, half
    # years and quarters, margins and capital ratios, deposit protection, APR examples, Trustpilot and NPS scores,
    # opening hours, market shares, mergers, founding years, abbreviations, cross-references, handles, samples, euro
    # prices and the cost of living, none of them citations); textbooks, chapters, bank-marketing, finance and consumer
    # journals with up to eight authors and DOIs, theses, conference papers, regulators and public bodies (bodies with
    # two works of a year), trade bodies and charities, banks' pages, annual reports and investor decks, market research
    # with years, the trade and national press signed and unsigned, social posts, videos, podcasts and undated pages;
    # British double-barrelled names, Irish names with Ó, Ní, Nic and Mac, South Asian, Chinese, Nigerian and
    # Lithuanian names.
    # Held out for its first tables (stop 49), development data since stop 50. Seeds from 251000.
    "blind247": range(251000, 251000 + 100),
    "blind247-more": range(251000 + 100, 251000 + 400),
    # "blind248" is a two-hundred-and-forty-eighth independent pool (blind248_works.py, blind248_text.py), written by a
    # two-hundred-and-forty-eighth hand without reading the checker, its tests or the other pools: marketers at
    # facilities-management, cleaning, security, catering-contract and workplace-services firms in the UK, Ireland and
    # the Nordics (Mitie, ISS, Sodexo UK & Ireland, Compass Group UK & Ireland, OCS, CBRE Global Workplace Solutions,
    # Serco, G4S, Securitas, Rentokil Initial, Churchill Group, Bidvest Noonan, Aramark Ireland, Elior UK, Kier Facilities
    # Services, Equans, Coor, Samsic UK) writing CIM Level 6 and 7 reports and MBA assignments in English on B2B, bid and
    # account-based marketing (contracts and values with years, project code names, Living Wage and hourly rates with
    # periods, percentage rises, Acts, TUPE, Martyn's Law, standards and accreditations with years, Carillion's collapse
    # and other events, acquisitions, headcounts and sites, platforms and service brands with launch years, awards,
    # tickers, job titles and CEOs, financial years, half years and quarters, frameworks, terms, tenders and scores, NPS,
    # KPIs, samples, cross-references, currency, market sizes, net zero targets, PPNs, licences, hygiene ratings, shows,
    # the Games, lockdown, rebrands, strikes, founding years, contract losses, handles, slogans, models, margins, the Irish
    # cleaning ERO and Nordic rules, none of them citations); textbooks, chapters, FM, corporate real estate, industrial
    # marketing, hospitality and purchasing journals with up to eight authors and DOIs, theses, conference papers,
    # regulators and public bodies (bodies with two works of a year), trade bodies and charities, operators' pages,
    # annual reports and investor decks, market research with years, the trade and national press signed and unsigned,
    # social posts, videos, podcasts and undated pages; British double-barrelled names, Irish names with Ó, Ní, Nic and
    # Mac, Danish, Norwegian and Swedish names, South Asian, Polish and Ghanaian names.
    # Held out for its first tables (stop 49), development data since stop 50. Seeds from 252000.
    "blind248": range(252000, 252000 + 100),
    "blind248-more": range(252000 + 100, 252000 + 400),
    # "blind249" is a two-hundred-and-forty-ninth independent pool (blind249_works.py, blind249_text.py), written by a
    # two-hundred-and-forty-ninth hand without reading the checker, its tests or the other pools: marketers in Iceland,
    # the Faroe Islands and Greenland and their diaspora (Reykjavík, Tórshavn, Nuuk, Copenhagen, Winnipeg (Gimli),
    # Seattle, Edinburgh) at banks, telecoms, airlines and tourism, seafood, dairy and drinks firms, retailers and NGOs
    # writing CIM Level 6 and 7 reports and MBA assignments in English (prices and fares with periods, brands, airlines
    # and campaigns with launch years, festivals and holidays with dates, Acts by number and year, the 2008 collapse,
    # Icesave, eruptions and Grindavík, WOW air's collapse, openings and routes, visitor, cruise, catch and export
    # figures with years, job titles, awards, Michelin stars, tickers, financial years, half years and quarters, founding
    # years, population, exchange and policy rates, elections, the pandemic, samples, cross-references, vessels, quotas,
    # market shares, World Heritage listings, Euro 2016, the Althing, hashtags, weather and opening hours, none of them
    # citations); textbooks (Routledge, Sage, Kogan Page, Pearson, Háskólaútgáfan, Forlagið, Gyldendal), chapters,
    # tourism, marketing, Arctic and fisheries journals with up to eight authors and DOIs, theses of the region's
    # universities, conference papers, public bodies and regulators (bodies with two works of a year), trade bodies and
    # charities, company pages, annual reports and investor decks, market research with years, the national, Faroese,
    # Greenlandic and international press signed and unsigned, social posts, videos, podcasts and undated pages;
    # Icelandic patronymics and matronymics with þ, ð and æ, Faroese names with á and í, Greenlandic, Danish and
    # Norwegian names and British double-barrelled ones.
    # Held out for its first tables (stop 49), development data since stop 50. Seeds from 253000.
    "blind249": range(253000, 253000 + 100),
    "blind249-more": range(253000 + 100, 253000 + 400),
    # "blind250" is a two-hundred-and-fiftieth independent pool (blind250_works.py, blind250_text.py), written by a
    # two-hundred-and-fiftieth hand without reading the checker, its tests or the other pools: marketers at water
    # companies, waste-management and recycling firms, environmental consultancies and circular-economy start-ups in the
    # UK and Ireland (Thames Water, Severn Trent, United Utilities, Anglian Water, Yorkshire Water, Scottish Water, Welsh
    # Water (Dŵr Cymru), Uisce Éireann, Veolia UK & Ireland, Biffa, Suez recycling and recovery UK, Viridor, FCC
    # Environment, Renewi, Panda, Greyhound Recycling, Repak, Too Good To Go, Olio, ReLondon) writing CIM Level 6 and 7
    # reports and MBA assignments in English on B2B, public-sector and behaviour-change marketing (bills, rises, permits
    # and deposits with periods, Acts, rules, schemes and directives with years, price reviews and AMPs, targets and net
    # zero, hosepipe bans, the Tideway, storms and spills, campaigns, Recycle Week and the Great British Spring Clean,
    # fines, ERFs, incinerators and works, awards and regulator ratings, tickers, job titles, honours and CEOs, financial
    # years, half years and quarters, leakage, litres per person and tonnages, privatisation and founding years, euro
    # charges, standards, samples, cross-references, handles, abbreviations, bathing waters, social tariffs,
    # acquisitions, slogans, models and bin days, none of them citations); textbooks, chapters, waste, water, cleaner
    # production, environmental psychology and social marketing journals with up to eight authors and DOIs, theses,
    # conference papers, regulators and public bodies (bodies with two works of a year), trade bodies and charities,
    # companies' pages, annual reports and investor decks, market research with years, the trade and national press
    # signed and unsigned, social posts, videos, podcasts and undated pages; British double-barrelled names, Welsh names
    # (ap Dafydd, Llywelyn, ferch Rhys), Irish names with Ó, Ní and Mac, South Asian, Polish and Nigerian names.
    # Held out for its first tables (stop 49), development data since stop 50. Seeds from 254000.
    "blind250": range(254000, 254000 + 100),
    "blind250-more": range(254000 + 100, 254000 + 400),
    # "blind251" is a two-hundred-and-fifty-first independent pool (blind251_works.py, blind251_text.py), written by a
    # two-hundred-and-fifty-first hand without reading the checker, its tests or the other pools: marketers at
    # independent schools, school groups, tutoring companies, edtech firms, early-years nurseries and exam boards in the
    # UK, Ireland and the Gulf (Eton College, Harrow, GEMS Education, Cognita, Nord Anglia, Dulwich College
    # International, Bright Horizons, Busy Bees, Kumon, Explore Learning, Tutor Doctor, Atom Learning, Century Tech,
    # Seneca, Pearson Edexcel, AQA, OCR, Cambridge International, the Institute of Education Dublin) writing CIM Level 6
    # and 7 reports and MBA assignments in English on admissions, parent and B2B marketing (termly, euro and dirham fees
    # and childcare rates with periods, VAT on fees from January 2025, Acts, bills and the KHDA fee framework with years,
    # results days, the Leaving Cert, GCSEs, the 11-plus and SATs with dates, inspection grades with years and the end of
    # one-word judgements, overseas campuses and nursery openings, pupil, school and application numbers, open days,
    # Speech Day, BETT and World Book Day, awards, tickers, job titles, honours and CEOs, academic years, terms, quarters
    # and financial years, founding years, funded hours, exam series, grading, lockdown, cross-references, samples,
    # followers, conversion rates, acquisitions, curricula, bursaries, ratios, intakes and tutoring prices, none of them
    # citations); textbooks, chapters, education-policy, educational-management and higher-education-marketing journals
    # with up to eight authors and DOIs, theses, conference papers, inspectorates, regulators and public bodies (bodies
    # with two works of a year), trade bodies and charities, school groups' pages, annual reports and investor decks,
    # market research with years, the education and national press signed and unsigned, social posts, videos, podcasts
    # and undated pages; British double-barrelled names, Irish names with Ó, Ní and Mac, Arabic names (Al Mansoori, bin
    # Rashid, Al-Hashimi), South Asian, Chinese and Nigerian names.
    # Held out for its first tables (stop 49), development data since stop 50. Seeds from 255000.
    "blind251": range(255000, 255000 + 100),
    "blind251-more": range(255000 + 100, 255000 + 400),
    # "blind252" is a two-hundred-and-fifty-second independent pool (blind252_works.py, blind252_text.py), written by a
    # two-hundred-and-fifty-second hand without reading the checker, its tests or the other pools: marketers in
    # Venezuela and Uruguay and their diaspora (Caracas, Maracaibo, Valencia, Barquisimeto, Mérida, Puerto La Cruz,
    # Montevideo, Punta del Este, Salto, Paysandú, Colonia del Sacramento; Doral, Madrid, Bogotá, Buenos Aires, Santiago)
    # at banks and fintechs (Banesco, Banco Mercantil, BBVA Provincial, Bancamiga, BROU, Itaú Uruguay, Prex, dLocal),
    # telecoms (CANTV, Movistar, Digitel, Antel, Claro), food and drink makers (Empresas Polar, Harina P.A.N., Cacique,
    # Diplomático, Santa Teresa, El Rey, Conaprole, Pilsen, Bodega Garzón, Salus), retailers and e-commerce (Farmatodo,
    # Daka, Tienda Inglesa, Ta-Ta, Mercado Libre), tourism and NGOs writing CIM Level 6 and 7 reports and MBA
    # assignments in English (bolívar, dollar and peso prices with periods, inflation, brand and fintech launches, a
    # listing, Carnaval, Semana de Turismo, the Feria de la Chinita, Noche de los Museos, national days and Día del
    # Patrimonio, price, inclusion and cannabis laws and decrees, the oil crash, dollarisation, the redenomination, the
    # protests and the water crisis, openings, tourism and export figures, job titles, awards, B Corp and Great Place to
    # Work, tickers, financial years, halves and quarters, exchange controls, minimum wages, samples, followers,
    # cross-references, founding and heritage years, football, phone numbers, handles, migration, the pandemic,
    # elections and models, none of them citations); textbooks (Routledge, Sage, Kogan Page, Pearson, Ediciones IESA,
    # Ediciones de la Banda Oriental), chapters, regional and international journals with up to eight authors and DOIs,
    # theses (IESA, UCAB, UCV, Unimet, Udelar, ORT, Montevideo, Católica), CLADEA, BALAS, Academy of Marketing and ACR
    # papers, central banks, regulators and statistics institutes, the IDB, CEPAL and the IMF (bodies with two works of
    # a year), trade bodies and charities, companies' pages, annual reports and investor decks, market research with
    # years, the press signed and unsigned, social posts, videos, podcasts and undated pages; double Spanish surnames
    # with and without hyphens (García Márquez, Pérez-Jiménez, Rodríguez de la Fuente), particles (de, del, de la) and
    # the Basque, Italian, Portuguese, Lebanese and German surnames of the diaspora (Echeverría, Capriles, Vogeler).
    # Held out for its first tables (stop 50), development data since stop 50. Seeds from 256000.
    "blind252": range(256000, 256000 + 100),
    "blind252-more": range(256000 + 100, 256000 + 400),
    # "blind253" is a two-hundred-and-fifty-third independent pool (blind253_works.py, blind253_text.py), written by a
    # two-hundred-and-fifty-third hand without reading the checker, its tests or the other pools: marketers at UK and
    # Irish film studios, distributors, cinema chains, TV producers, broadcasters and streaming services (Pinewood,
    # Shepperton, Working Title, Film4, the BFI, Screen Ireland, Element Pictures, Altitude, Curzon, Picturehouse, Vue,
    # Cineworld, Odeon, Everyman, Omniplex, the BBC, ITV, Channel 4, Sky, RTÉ, Virgin Media Television, TG4, S4C,
    # BritBox, ITVX, Netflix UK, Disney+, MUBI) writing CIM Level 6 and 7 reports and MBA assignments in English on
    # audience, trade and B2B marketing (subscription, ticket, membership and licence-fee prices with periods, films and
    # series with years, festivals, markets and ceremonies with dates, Acts and tax reliefs with years, box-office,
    # admissions, viewers and shares with periods, cinema and studio openings, insolvencies, strikes and lockdown, job
    # titles, honours and CEOs, certificates, ratings and review scores, awards, tickers, financial years, half years and
    # quarters, windows, channel launches, rate cards, seasons, screen counts, founding years, acquisitions, followers,
    # samples and cross-references, none of them citations); textbooks, chapters, screen-studies, media and marketing
    # journals with up to eight authors and DOIs, theses, conference papers, regulators and public bodies (bodies with
    # two works of a year), trade bodies and charities, companies' pages, annual reports and investor decks, market
    # research with years, the trade and national press signed and unsigned, social posts, videos, podcasts and undated
    # pages; British double-barrelled names, Irish names with Ó, Ní and Mac, Welsh, South Asian, Nigerian and Polish
    # names.
    # Held out for its first tables (stop 50), development data since stop 50. Seeds from 257000.
    "blind253": range(257000, 257000 + 100),
    "blind253-more": range(257000 + 100, 257000 + 400),
    # "blind254" is a two-hundred-and-fifty-fourth independent pool (blind254_works.py, blind254_text.py), written by a
    # two-hundred-and-fifty-fourth hand without reading the checker, its tests or the other pools: marketers at
    # recruitment agencies, staffing firms, job boards, executive-search firms, HR-software vendors and employer-branding
    # consultancies in the UK, Ireland and Australia (Hays, Reed, PageGroup (Michael Page), Robert Walters, SThree,
    # Adecco, Randstad, Manpower, Hudson, Harvey Nash, Cpl, Sigmar Recruitment, Morgan McKinley, Indeed, LinkedIn Talent
    # Solutions, Totaljobs, Seek, Irishjobs.ie, Workday, Personio, Hibob, Sage HR, Employer Brand Partners) writing CIM
    # Level 6 and 7 reports and MBA assignments in English on B2B, candidate and employer-brand marketing (placement fees,
    # minimum wages in pounds, euros and Australian dollars and salaries with periods, agency, IR35, equality, GDPR,
    # Irish permit and Australian Secure Jobs laws with years, vacancies, unemployment, temps and placements with
    # periods, the Report on Jobs, KPMG's index and net fee income with dates, the Great Resignation, Recruitment Week,
    # National Apprenticeship Week, furlough and the four-day week pilot, awards and accreditations, offices, tickers,
    # job titles, post-nominals, financial years, halves and quarters, samples, cost per hire, memberships, frameworks,
    # webinars and headcounts, none of them citations); HRM textbooks and chapters, HRM, applied-psychology and
    # marketing journals with up to eight authors and DOIs, theses, conference papers, regulators and statistics
    # offices (bodies with two works of a year), trade bodies and charities, agencies' pages, annual reports and
    # investor decks, salary guides and surveys with years, the trade and national press signed and unsigned, social
    # posts, videos, podcasts and undated pages; British double-barrelled names, Irish names with Ó, Ní and Mac,
    # Australian and Aboriginal names, South Asian, Chinese, Filipino and South African names.
    # Held out for its first tables (stop 50), development data since stop 50. Seeds from 258000.
    "blind254": range(258000, 258000 + 100),
    "blind254-more": range(258000 + 100, 258000 + 400),
    # "blind255" is a two-hundred-and-fifty-fifth independent pool (blind255_works.py, blind255_text.py), written by a
    # two-hundred-and-fifty-fifth hand without reading the checker, its tests or the other pools: marketers in the
    # Basque Country, Navarre and Catalonia and their diaspora (Bilbao, Donostia-San Sebastián, Vitoria-Gasteiz,
    # Pamplona-Iruña, Barcelona, Girona, Andorra la Vella, Perpignan, Bayonne, Boise, Buenos Aires, Mexico City, London)
    # at co-operatives and banks (Mondragon, Eroski, Laboral Kutxa, Kutxabank, BBVA, CaixaBank, Banc Sabadell), energy
    # and industry (Iberdrola, CAF, Gestamp, Orona, Irizar, Fagor), food and drink (Estrella Damm, Freixenet, Codorníu,
    # Torres, Txakoli, Idiazabal, Chupa Chups, Cola Cao), fashion and retail (Mango, Desigual, Tous, Camper, El Corte
    # Inglés), tourism and football clubs (Athletic Club, Real Sociedad, FC Barcelona, the Guggenheim Bilbao) and NGOs
    # writing CIM Level 6 and 7 reports and MBA assignments in English (prices with periods, brands' launch years,
    # festivals with dates, statutes and laws with years, events, openings and routes, tourism figures, titles, awards,
    # tickers, financial years, halves and quarters, addresses, hours, founding years, populations, samples, rates and
    # VAT, none of them citations); textbooks, chapters, journals with up to eight authors and DOIs, theses, conference
    # papers, statistics offices, governments and regulators (bodies with two works of a year), trade bodies and
    # charities, companies' pages, annual reports and investor decks, market research with years, news signed and
    # unsigned, social posts, videos, podcasts and undated pages; Basque surnames, Catalan double surnames joined by
    # "i", Spanish double surnames with particles, and the diaspora's French, Argentine and American names.
    # Held out for its first tables (stop 50), development data since stop 51. Seeds from 259000.
    "blind255": range(259000, 259000 + 100),
    "blind255-more": range(259000 + 100, 259000 + 400),
    # "blind256" is a two-hundred-and-fifty-sixth independent pool (blind256_works.py, blind256_text.py), written by a
    # two-hundred-and-fifty-sixth hand without reading the checker, its tests or the other pools: marketers at
    # cybersecurity vendors, identity and fraud-prevention firms, managed security service providers and security
    # consultancies in the UK, Ireland, Israel and the US (Darktrace, Sophos, NCC Group, BAE Systems Digital
    # Intelligence, Check Point, CyberArk, Wiz, SentinelOne, CrowdStrike, Palo Alto Networks, Okta, Yubico, Onfido
    # (Entrust), Featurespace, Mimecast, Smarttech247, Integrity360, BlackBerry Cylance) writing CIM Level 6 and 7
    # reports and MBA assignments in English on B2B, channel and account-based marketing (prices, fees, breach costs
    # and takeover prices with periods, attacks and incidents with dates, laws, rules, standards and schemes with years,
    # CVEs and versions, deals and listings, awards, events, tickers, job titles and honours, financial years, halves
    # and quarters, ARR, headcounts, samples, ransoms, ATT&CK techniques and cross-references, none of them citations);
    # security and marketing textbooks and chapters, security, IS and B2B marketing journals with up to eight authors
    # and DOIs, theses, conference papers, regulators and public bodies (bodies with two works of a year), trade bodies
    # and charities, vendors' pages, annual reports and investor decks, market research with years, the trade and
    # national press signed and unsigned, social posts, videos, podcasts and undated pages; British double-barrelled
    # names, Irish names with Ó, Ní and Mac, Hebrew, South Asian, Chinese, Nigerian, Polish and Ukrainian names.
    # Held out for its first tables (stop 50), development data since stop 51. Seeds from 260000.
    "blind256": range(260000, 260000 + 100),
    "blind256-more": range(260000 + 100, 260000 + 400),
    # "blind257" is a two-hundred-and-fifty-seventh independent pool (blind257_works.py, blind257_text.py), written by a
    # two-hundred-and-fifty-seventh hand without reading the checker, its tests or the other pools: marketers at dating
    # apps, matchmaking services, wedding venues, bridal retailers, wedding planners and wedding-media firms in the UK,
    # Ireland and Australia (Tinder, Bumble, Hinge, Match Group, eharmony, Muzz, Raya, Feeld, Inner Circle, Lumen,
    # Hitched, Bridebook, The Knot, Easy Weddings, Pronovias, Wed2B, David's Bridal, Confetti.co.uk, Rock My Wedding,
    # One Fab Day) writing CIM Level 6 and 7 reports and MBA assignments in English on consumer, subscription and
    # small-business marketing (subscription and wedding prices with periods, app and feature launches, Valentine's Day
    # and Dating Sunday, marriage, online-safety and GDPR laws with years, marriages and users with periods, wedding
    # bans and the catch-up boom, the IPO, spin-off and purchases, awards, tickers, job titles, financial years, halves
    # and quarters, none of them citations); textbooks, chapters, consumer-research, media and relationships journals
    # with up to eight authors and DOIs, theses, conference papers, regulators and statistics offices (bodies with two
    # works of a year), trade bodies and charities, companies' pages, annual reports and investor decks, market research
    # with years, the press signed and unsigned, social posts, videos, podcasts and undated pages; British
    # double-barrelled names, Irish names with Ó, Ní and Mac, Welsh, South Asian, Pakistani, Nigerian, Chinese and Greek
    # names.
    # Held out for its first tables (stop 50), development data since stop 51. Seeds from 261000.
    "blind257": range(261000, 261000 + 100),
    "blind257-more": range(261000 + 100, 261000 + 400),
    # "blind258" is a two-hundred-and-fifty-eighth independent pool (blind258_works.py, blind258_text.py), written by a
    # two-hundred-and-fifty-eighth hand without reading the checker, its tests or the other pools: marketers in Sicily,
    # Sardinia, Calabria and Puglia and their diaspora (Palermo, Catania, Messina, Siracusa, Cagliari, Sassari, Olbia,
    # Reggio Calabria, Cosenza, Bari, Lecce, Taranto; Melbourne, Toronto, New York, Buenos Aires, London) at food and
    # drink firms, tourism and transport, fashion and crafts, banks and co-operatives and NGOs writing CIM Level 6 and 7
    # reports and MBA assignments in English (prices with periods, brands' founding years, festivals and holidays with
    # dates, statutes, codes and rules with years, eruptions, floods, summits and openings, tourism and export figures,
    # job titles and honours, ratings and awards, tickers, financial years, halves and quarters, none of them
    # citations); Italian and British textbooks, chapters, journals with up to eight authors and DOIs, theses of
    # southern universities, conference papers, regional and national bodies and regulators (bodies with two works of a
    # year), trade bodies, consortia and charities, companies' pages, annual reports and investor decks, market research
    # with years, the press signed and unsigned, social posts, videos, podcasts and undated pages; Italian surnames with
    # particles and apostrophes, Sardinian names, double given names and the diaspora's names.
    # Held out for its first tables (stop 51), development data since stop 51. Seeds from 262000.
    "blind258": range(262000, 262000 + 100),
    "blind258-more": range(262000 + 100, 262000 + 400),
    # "blind259" is a two-hundred-and-fifty-ninth independent pool (blind259_works.py, blind259_text.py), written by a
    # two-hundred-and-fifty-ninth hand without reading the checker, its tests or the other pools: marketers at
    # boatbuilders, marinas, yacht brokers and charter firms, sailing schools, watersports brands, marine electronics
    # firms and boat shows in the UK, Ireland, France, the Netherlands and New Zealand (Sunseeker, Princess Yachts,
    # Fairline, Oyster Yachts, Beneteau, Jeanneau, Hallberg-Rassy, Bavaria Yachts, MDL Marinas, Premier Marinas,
    # Boatfolk, Sunsail, The Moorings, Neilson, Musto, Henri Lloyd, Helly Hansen, Gill Marine, Crewsaver, Raymarine,
    # B&G, Garmin Marine, Southampton International Boat Show, Emirates Team New Zealand, SailGP) writing CIM Level 6
    # and 7 reports and MBA assignments in English on consumer, luxury, dealer and B2B marketing (berth, boat, charter
    # and course prices with periods, boats with launch years, shows and regattas with dates, maritime law with years,
    # figures, storms, Brexit VAT, deals, awards, tickers, job titles, financial years, halves and quarters, none of
    # them citations); textbooks, chapters, tourism, marine-policy and marketing journals with up to eight authors and
    # DOIs, theses, conference papers, regulators, trade bodies and charities (bodies with two works of a year),
    # company pages, annual reports and investor decks, market research with years, the yachting and national press
    # signed and unsigned, social posts, videos, podcasts and undated pages; British double-barrelled names, Irish
    # names with Ó, Ní and Mac, Dutch and French particles, Māori and Scandinavian names.
    # Held out for its first tables (stop 51), development data since stop 51. Seeds from 263000.
    "blind259": range(263000, 263000 + 100),
    "blind259-more": range(263000 + 100, 263000 + 400),
    # "blind260" is a two-hundred-and-sixtieth independent pool (blind260_works.py, blind260_text.py), written by a
    # two-hundred-and-sixtieth hand without reading the checker, its tests or the other pools: marketers at
    # home-services marketplaces, trade merchants, plumbing, heating and electrical firms, locksmiths, pest control,
    # removals and handyman franchises in the UK, Ireland and Canada (Checkatrade, MyBuilder, Rated People, Bark,
    # Screwfix, Toolstation, Travis Perkins, Wolseley, Pimlico Plumbers, HomeServe, Rentokil, Timpson, HomeStars)
    # writing CIM Level 6 and 7 reports and MBA assignments in English on local, franchise, small-business and B2B
    # marketing (call-out, boiler and membership prices with periods, service launches, peaks, shows and Black Friday,
    # laws, regulations, building standards and grant schemes with years, boilers and heat pumps with years, takeovers
    # and sales, awards, tickers, job titles and honours, financial years, halves and quarters, none of them
    # citations); textbooks and the CIM's books, chapters, services, small-business, retail and construction journals
    # with up to eight authors and DOIs, theses, conference papers, regulators and statistics offices, trade bodies and
    # charities, companies' pages, annual reports and investor decks, market research with years, the press signed and
    # unsigned, social posts, videos, podcasts and undated pages; British double-barrelled names, Irish names with Ó,
    # Ní and Mac, Welsh, French Canadian, South Asian, Polish, Romanian, Nigerian and Chinese names.
    # Held out for its first tables (stop 51), development data since stop 51. Seeds from 264000.
    "blind260": range(264000, 264000 + 100),
    "blind260-more": range(264000 + 100, 264000 + 400),
    # "blind261" is a two-hundred-and-sixty-first independent pool (blind261_works.py, blind261_text.py), written by a
    # two-hundred-and-sixty-first hand without reading the checker, its tests or the other pools: marketers in Alsace,
    # Lorraine, Brittany and Corsica and their diaspora (Strasbourg, Rennes, Brest, Bastia, Ajaccio; Montreal, Paris,
    # London, Brussels) at food and drink firms, retail and fashion, banks and co-operatives, tourism and transport
    # and NGOs (Kronenbourg, Hénaff, Breizh Cola, Pietra, Armor-Lux, Crédit Mutuel Arkéa, Brittany Ferries, Corsica
    # Linea, Europa-Park) writing CIM Level 6 and 7 reports and MBA assignments in English (prices with periods,
    # founding years, festivals and holidays, French and EU laws, events, openings and routes, tourism and export
    # figures, titles and honours, awards, tickers, financial years, halves and quarters, none of them citations);
    # French and English textbooks, chapters, journals with up to eight authors and DOIs, theses, conference papers,
    # public bodies and regulators, trade bodies and charities, companies' pages, annual reports and investor decks,
    # market research with years, the regional and national press signed and unsigned, social posts, videos,
    # podcasts and undated pages; French names with particles and apostrophes, Breton, Alsatian, Corsican,
    # Québécois, Belgian and British names.
    # Held out for its first tables (stop 51), development data since stop 52. Seeds from 265000.
    "blind261": range(265000, 265000 + 100),
    "blind261-more": range(265000 + 100, 265000 + 400),
    # "blind262" is a two-hundred-and-sixty-second independent pool (blind262_works.py, blind262_text.py), written by a
    # two-hundred-and-sixty-second hand without reading the checker, its tests or the other pools: marketers at holiday
    # parks, caravan and motorhome makers, campsites, glamping sites, outdoor-gear retailers and camping marketplaces in
    # the UK, Ireland, the Netherlands and France (Parkdean Resorts, Haven, Center Parcs, Butlin's, Hoseasons, Away
    # Resorts, Landal GreenParks, Roompot, Eurocamp, Pitchup, the clubs, Swift, Bailey, Go Outdoors, Vango) writing CIM
    # Level 6 and 7 reports and MBA assignments in English on consumer, membership, seasonal and dealer marketing
    # (break, pitch, caravan and site-fee prices with periods, parks and models with opening and launch years,
    # half-terms, peaks, shows and Bonfire Night, laws and rules with years, awards, gradings and eco-schemes, figures
    # with years, lockdowns, staycations and storms, takeovers and mergers, tickers, job titles and honours, financial
    # years, halves and quarters, none of them citations); tourism and marketing textbooks, chapters, tourism, leisure
    # and marketing journals with up to eight authors and DOIs, theses, conference papers, tourist boards, statistics
    # offices and regulators, trade bodies and charities, companies' pages, annual reports and investor decks, market
    # research with years, the caravan trade and national press signed and unsigned, social posts, videos, podcasts and
    # undated pages; British double-barrelled names, Irish names with Ó, Ní and Mac, Welsh, Dutch and French particles,
    # Polish, Romanian and South Asian names.
    # Held out for its first tables (stop 51), development data since stop 52. Seeds from 266000.
    "blind262": range(266000, 266000 + 100),
    "blind262-more": range(266000 + 100, 266000 + 400),
    # "blind263" is a two-hundred-and-sixty-third independent pool (blind263_works.py, blind263_text.py), written by a
    # two-hundred-and-sixty-third hand without reading the checker, its tests or the other pools: marketers at biotech,
    # genomics, diagnostics and life-science tools firms and research institutes in the UK, Ireland, Switzerland,
    # Denmark and the US (Oxford Nanopore Technologies, Illumina, Genomics England, 23andMe, Novo Nordisk, Novonesis,
    # Lonza, Abcam, Bicycle Therapeutics, Exscientia, Genmab, the Wellcome Sanger Institute, Thermo Fisher, Qiagen)
    # writing CIM Level 6 and 7 reports and MBA assignments in English on B2B, scientific, investor and patient
    # marketing (prices of genomes, sequencers, tests, kits and therapies with periods, products and launch years,
    # events and dates, laws and rules with years, standards and marks with years, figures, deals and listings,
    # awards, tickers, job titles and honours, financial years, halves and quarters, none of them citations);
    # textbooks, chapters, biotech, innovation and B2B marketing journals with up to eight authors and DOIs, theses,
    # conference papers, regulators and public bodies (bodies with and without their abbreviation), trade bodies and
    # charities, companies' pages, annual reports and investor decks, market research with years, the trade and
    # national press signed and unsigned, social posts, videos, podcasts and undated pages; British double-barrelled
    # names, Irish names with Ó, Ní and Mac, Danish names with ø, æ and å, Swiss German and French names, Indian,
    # Chinese, Korean, Nigerian and Greek names.
    # Held out for its first tables (stop 51), development data since stop 52. Seeds from 267000.
    "blind263": range(267000, 267000 + 100),
    "blind263-more": range(267000 + 100, 267000 + 400),
    # "blind264" is a two-hundred-and-sixty-fourth independent pool (blind264_works.py, blind264_text.py), written by a
    # two-hundred-and-sixty-fourth hand without reading the checker, its tests or the other pools: marketers in the
    # Canary Islands, Madeira and the Azores and their diaspora (Las Palmas de Gran Canaria, Santa Cruz de Tenerife,
    # Funchal, Ponta Delgada, Horta; Caracas, Fall River, Toronto, Jersey, London) at food and drink firms, tourism and
    # transport, retail and banks and NGOs (Dorada, Arehucas, Blandy's, Gorreana, Binter, SATA Azores Airlines, Loro
    # Parque, Pestana, Lopesan, Hiperdino, Caja Siete, Millennium bcp) writing CIM Level 6 and 7 reports and MBA
    # assignments in English (prices with periods, brands' founding years, festivals and holidays with dates, statutes
    # and tax regimes with years, eruptions, fires and floods, openings and routes, tourism figures, job titles and
    # honours, awards and designations, tickers, financial years, halves and quarters, none of them citations);
    # textbooks, chapters, tourism and regional journals with up to eight authors and DOIs, theses, conference papers,
    # regional and national public bodies, trade bodies and charities, companies' pages, annual reports and investor
    # decks, market research with years, the islands' and national press signed and unsigned, social posts, videos,
    # podcasts and undated pages; Spanish double surnames with particles, Portuguese names with particles and several
    # surnames, Canarian surnames, and Venezuelan, American, Canadian and Jersey names.
    # Held out for its first tables (stop 51), development data since stop 52. Seeds from 268000.
    "blind264": range(268000, 268000 + 100),
    "blind264-more": range(268000 + 100, 268000 + 400),
    # "blind265" is a two-hundred-and-sixty-fifth independent pool (blind265_works.py, blind265_text.py), written by a
    # two-hundred-and-sixty-fifth hand without reading the checker, its tests or the other pools: marketers at
    # opticians, hearing-care providers, eyewear and lens makers and audiology firms in the UK, Ireland, the
    # Netherlands, Denmark and Australia (Specsavers, Boots Opticians, Vision Express, Scrivens, Leightons, Bayfields,
    # Hakim Group, Amplifon, Hidden Hearing, Pearle, Hans Anders, Demant, GN Hearing, Sonova, EssilorLuxottica, Ace &
    # Tate, Cubitts, Bloobloom, Bailey Nelson, OPSM) writing CIM Level 6 and 7 reports and MBA assignments in English on
    # retail, healthcare, franchise and B2B marketing (eye-test, glasses, hearing-aid and lens prices with periods,
    # products and launch years, awareness weeks and days, trade shows, laws, orders and rules with years, standards,
    # the NHS fee, figures and market sizes, deals and founding years, awards, tickers, job titles and honours,
    # financial years, halves and quarters, prescriptions and hearing levels, samples, cross-references, store counts
    # and handles, none of them citations); textbooks, chapters, optometry, audiology and marketing journals with up to
    # eight authors and DOIs, theses, conference papers, regulators and public bodies (bodies with two works of a
    # year), trade bodies and charities, companies' pages, annual reports and investor decks, market research with
    # years, the optical, audiology and national press signed and unsigned, social posts, videos, podcasts and undated
    # pages; British double-barrelled names, Irish names with Ó, Ní and Mac, Dutch names with van and de, Danish names
    # with ø, æ and å, Italian, South Asian, Chinese, Nigerian and Greek names.
    # Held out for its first tables (stop 51), development data since stop 52. Seeds from 269000.
    "blind265": range(269000, 269000 + 100),
    "blind265-more": range(269000 + 100, 269000 + 400),
    # "blind266" is a two-hundred-and-sixty-sixth independent pool (blind266_works.py, blind266_text.py), written by a
    # two-hundred-and-sixty-sixth hand without reading the checker, its tests or the other pools: marketers at
    # tableware, ceramics, glass, cookware and homeware makers and retailers in the UK, Ireland, Denmark, Germany and
    # France (Wedgwood, Royal Doulton, Portmeirion, Denby, Emma Bridgewater, Waterford Crystal, Villeroy & Boch, Royal
    # Copenhagen, Georg Jensen, Stelton, Le Creuset, Joseph Joseph, ProCook, Lakeland, Dunelm, The White Company, Avoca)
    # writing CIM Level 6 and 7 reports and MBA assignments in English on heritage, luxury, gifting, DTC and wholesale
    # marketing (prices with periods, ranges and launch years, trade fairs, craft events and gifting dates, food-contact,
    # safety, design and trade laws with years, warrants, marks, hallmarks and standards, market figures, deals,
    # listings and administrations, awards, tickers, job titles and honours, financial years, halves and quarters, none
    # of them citations); textbooks, chapters, marketing, design-history and retail journals with up to eight authors
    # and DOIs, theses, conference papers, regulators and public bodies, trade bodies, charities and museums, companies'
    # pages, annual reports and investor decks, market research with years, news signed and unsigned, social posts and
    # undated pages; British double-barrelled names, Irish names with Ó, Ní and Mac, Danish names with ø, æ and å,
    # German names with von and ü, French names with de and Le, South Asian and Chinese names.
    # Held out for its first tables (stop 51), development data since stop 52. Seeds from 270000.
    "blind266": range(270000, 270000 + 100),
    "blind266-more": range(270000 + 100, 270000 + 400),
    # "blind267" is a two-hundred-and-sixty-seventh independent pool (blind267_works.py, blind267_text.py), written by a
    # two-hundred-and-sixty-seventh hand without reading the checker, its tests or the other pools: marketers in
    # Morocco and its diaspora (Casablanca, Rabat, Marrakech, Tangier, Fès, Agadir, Oujda; Paris, Brussels, Amsterdam,
    # Montreal, Madrid) at banks and fintechs (Attijariwafa bank, BMCE Bank of Africa, CIH Bank, Banque Populaire),
    # telecoms (Maroc Telecom, Inwi, Orange Maroc), retail and food (Marjane, Label'Vie, Aswak Assalam, Centrale
    # Danone, Oulmès, Cosumar), tourism and airlines (Royal Air Maroc, the ONMT, riads), argan and cosmetics
    # cooperatives, OCP Group and start-ups writing CIM Level 6 and 7 reports and MBA assignments in English (national
    # plans and strategies with years, laws and dahirs by number and year, royal speeches, events, football clubs with
    # founding years, Hijri and Amazigh years, launches and campaigns, tariff and product codes, prices in MAD and
    # dirhams per litre, sites, routes and flight numbers, Darija and French slogans and figures with years, none of
    # them citations); books, chapters and journal articles by Moroccan, French, Spanish and international scholars,
    # Moroccan public bodies (HCP, Bank Al-Maghrib, ANRT, AMDIE, Office des Changes, ONMT, CESE), laws under the
    # Kingdom, the Moroccan and French press signed and unsigned, firms' and cooperatives' pages and annual reports,
    # international bodies, market research and classic texts; Moroccan names in French transliteration (El Alaoui,
    # Ait Lahcen, Ouazzani Touhami, Bennani-Chraïbi), particles (de la Cruz, d'Iribarne).
    # Held out for its first tables (stop 52), development data since stop 52. Seeds from 271000.
    "blind267": range(271000, 271000 + 100),
    "blind267-more": range(271000 + 100, 271000 + 400),
    # "blind268" is a two-hundred-and-sixty-eighth independent pool (blind268_works.py, blind268_text.py), written by a
    # two-hundred-and-sixty-eighth hand without reading the checker, its tests or the other pools: marketers at dental
    # practices and groups, orthodontists, clear-aligner brands, oral-care makers and dental suppliers in the UK,
    # Ireland, the Netherlands, Sweden and Australia (Bupa Dental Care, mydentist, Portman Dental Care, Colosseum
    # Dental, Dental Care Ireland, Smile Direct Club, Straumann, Align Technology, Colgate-Palmolive, Haleon, Oral-B,
    # Philips Sonicare, Curaprox, Henry Schein, Dentsply Sirona) writing CIM Level 6 and 7 reports and MBA assignments
    # in English on private and NHS dentistry, consumer oral care and B2B dental marketing (NHS contract terms, bands,
    # UDA rates and reforms, tooth notation, clinical indices, guidance editions, ISO and BS standards, product launch
    # years, trial registrations, campaign months, practice founding years, awards, prices per arch, CE and UKCA marks,
    # patient reviews, slogans, revenue figures, tickers, deals and Swedish, Dutch, Irish and Australian schemes, none
    # of them citations); marketing textbooks, chapters, dental and marketing journals with up to eight authors and
    # DOIs, dental and health bodies' reports and guidance, regulations, firms' pages and annual reports, market
    # research, the dental trade press signed and unsigned, and undated pages; Irish names with Ó, Ní and Mac, Dutch
    # names with van, de and ten, Swedish names with å, ä and ö.
    # Held out for its first tables (stop 52), development data since stop 52. Seeds from 272000.
    "blind268": range(272000, 272000 + 100),
    "blind268-more": range(272000 + 100, 272000 + 400),
    # "blind269" is a two-hundred-and-sixty-ninth independent pool (blind269_works.py, blind269_text.py), written by a
    # two-hundred-and-sixty-ninth hand without reading the checker, its tests or the other pools: marketers at
    # musical-instrument makers, pro-audio and music-technology firms, music retailers and music-education providers in
    # the UK, Ireland, the US, Germany and Japan (Fender, Gibson, PRS, Marshall, Orange Amplification, Yamaha, Roland,
    # Korg, Steinway & Sons, Focusrite, Native Instruments, Ableton, Thomann, Andertons, PMT, Gear4music, Sweetwater,
    # Reverb, ABRSM, Trinity College London, Rockschool, Yousician) writing CIM Level 6 and 7 reports and MBA
    # assignments in English on brand, e-commerce, artist-relations, community and education marketing (instrument
    # models and reissues with years, signature models, albums, songs, tours and festivals with years, NAMM, Musikmesse
    # and UK shows, exam grades and syllabus years, MIDI, firmware and software versions, serial numbers and model codes,
    # patents, prices and price bands, bands with "&", labels and chart positions, taglines and gear slang, sales
    # figures, tickers, laws and policies with years, none of them citations); textbooks, chapters, music, education and
    # marketing journals with up to eight authors and DOIs, the classic marketing texts, trade bodies and associations
    # (two works of one body in a year), exam boards, firms' pages and annual reports, market research with years, the
    # trade and consumer press signed and unsigned, government bodies and undated pages; British double-barrelled names,
    # Irish names with Ó, Ní and Mac, German names with von, ü and ß, Japanese names with long vowels (Satō, Ōta).
    # Held out for its first tables (stop 52), development data since stop 52. Seeds from 273000.
    "blind269": range(273000, 273000 + 100),
    "blind269-more": range(273000 + 100, 273000 + 400),
    # "blind270" is a two-hundred-and-seventieth independent pool (blind270_works.py, blind270_text.py), written by a
    # two-hundred-and-seventieth hand without reading the checker, its tests or the other pools: marketers in southern
    # India (Chennai, Coimbatore, Madurai, Bengaluru, Mysuru, Kochi, Thiruvananthapuram, Hyderabad, Visakhapatnam) and
    # its diaspora (Singapore, Kuala Lumpur, Dubai, Leicester, London, Toronto, New Jersey) at banks and fintechs
    # (Federal Bank, South Indian Bank, Karur Vysya Bank, Muthoot Finance, Manappuram), FMCG and food (Britannia, MTR
    # Foods, Aachi Masala, CavinKare, Jyothy Labs, Milma, Aavin, Nandini), retail and jewellery (Saravana Stores, Pothys,
    # Kalyan Jewellers, Malabar Gold & Diamonds, Joyalukkas, Lulu), IT services and start-ups (Infosys, Wipro, Zoho,
    # Freshworks, Swiggy, Byju's), tourism and NGOs writing CIM Level 6 and 7 reports and MBA assignments in English
    # (festivals with years and dates, state missions and policies, GST slabs and dates, Telugu, Tamil and Malayalam
    # films with years, IPL teams and seasons, launches and prices in rupees, lakh and crore, PIN and STD codes, Tamil,
    # Malayalam, Kannada and Telugu words and slogans, temple, firm and textile-house founding years, NSE tickers and
    # BSE codes, awards, census and NFHS rounds, fiscal years, sales years, diaspora events and places, gold and loan
    # rates, vehicle numbers, S/o and D/o names, door addresses, NIRF ranks, monsoons, floods, elections, ambassadors,
    # TV shows, metro openings, survey sizes, app versions, none of them citations); books, chapters and journal
    # articles (Vikalpa, IIMB Management Review, Journal of Indian Business Research) with up to eight authors, the
    # marketing texts every candidate cites, Indian public bodies (RBI, SEBI, TRAI, NSSO, the Ministry of Tourism,
    # Kerala Tourism, the Spices and Coffee Boards), Acts under the ministry that published them, the Indian and state
    # press and the diaspora press, firms' pages and annual reports (Ltd, Pvt. Ltd.), market research (Nielsen, Kantar
    # India, RedSeer, CRISIL) and undated pages; South Indian names as their scholars print them (initials before the
    # name, given names used as surnames, Malayali house names, Telugu family names, Indian Christian and Muslim names).
    # Held out for its first tables (stop 52), development data since stop 52. Seeds from 274000.
    "blind270": range(274000, 274000 + 100),
    "blind270-more": range(274000 + 100, 274000 + 400),
    # "blind271" is a two-hundred-and-seventy-first independent pool (blind271_works.py, blind271_text.py), written by a
    # two-hundred-and-seventy-first hand without reading the checker, its tests or the other pools: marketers at
    # insurers, brokers, price-comparison sites, insurtechs and Lloyd's market firms in the UK, Ireland and Canada
    # (Aviva, Direct Line, Admiral, Hastings Direct, Zurich, AXA, Allianz, LV=, Legal & General, Royal London, Vitality,
    # Bupa, Lemonade, Cuvva, By Miles, Marshmallow, Compare the Market, MoneySupermarket, GoCompare, Confused.com, FBD,
    # Laya Healthcare, Intact, Desjardins) writing CIM Level 6 and 7 reports and MBA assignments in English on brand,
    # direct, broker-channel, embedded and B2B marketing (regulatory rules and their dates, policy statements, products,
    # campaigns and advertising characters with years, storms and floods, Solvency II and IFRS 17, combined and loss
    # ratios, premiums in pounds and euros, policy numbers, FRNs and claim references, Defaqto stars, awards, Trustpilot
    # scores, financial years and quarters, tickers, straplines and Lloyd's syndicates, none of them citations);
    # textbooks, chapters, financial-services, insurance and marketing journals with up to eight authors and DOIs, the
    # classic marketing texts, regulators and bodies (FCA, PRA, Central Bank of Ireland, ABI, BIBA, Insurance Bureau of
    # Canada, Lloyd's, CII, Financial Ombudsman Service; two works of one body in a year), legislation from
    # legislation.gov.uk, firms' pages and annual reports (plc, PLC, Ltd, Limited), the trade press signed and unsigned,
    # market research with and without years and undated pages; Irish names with Ó, Ní and Mac, Canadian French names
    # (Côté, Bélanger, Lévesque), British double-barrelled names and Dutch and German particles.
    # Held out for its first tables (stop 52), development data since stop 52. Seeds from 275000.
    "blind271": range(275000, 275000 + 100),
    "blind271-more": range(275000 + 100, 275000 + 400),
    # "blind272" is a two-hundred-and-seventy-second independent pool (blind272_works.py, blind272_text.py), written by a
    # two-hundred-and-seventy-second hand without reading the checker, its tests or the other pools: marketers at
    # printers, stationery, greeting-card and gift-wrap makers, office-supplies retailers and paper brands in the UK,
    # Ireland, Germany and Italy (Moo, Vistaprint, Solopress, Moonpig, Funky Pigeon, Card Factory, Hallmark UK,
    # Paperchase, Ryman, WHSmith, Papier, Smythson, Leuchtturm1917, Moleskine, Stabilo, Staedtler, Faber-Castell, Pukka
    # Pads, Viking, Lyreco, Eason) writing CIM Level 6 and 7 reports and MBA assignments in English on consumer,
    # seasonal, gifting, DTC and B2B marketing (the greetings calendar with dates and years, stamp prices and postal
    # changes, paper sizes and weights, ISO, DIN and FSC codes, ranges and launches with years, pen and pencil models
    # with codes, licensed characters and films, printing techniques and presses, awards, card prices and multibuys,
    # discount codes, store counts and openings, fiscal years and half-years, tickers, card verses and straplines,
    # sales figures, trade shows, deals and administrations, none of them citations); textbooks, chapters, retailing,
    # consumer-culture and brand journals with up to eight authors and DOIs, the classic marketing texts, trade and
    # public bodies' reports (two works of one body in a year), firms' pages and annual reports with plc, Ltd, GmbH,
    # AG and S.p.A., market research, the trade and consumer press signed and unsigned, and undated pages; Irish names
    # with Ó, Ní and Mac, German names with von, ü and ß, Italian names with De, Di, D' and Lo.
    # Held out for its first tables (stop 52), development data since stop 52. Seeds from 276000.
    "blind272": range(276000, 276000 + 100),
    "blind272-more": range(276000 + 100, 276000 + 400),
    # "blind273" is a two-hundred-and-seventy-third independent pool (blind273_works.py, blind273_text.py), written by a
    # two-hundred-and-seventy-third hand without reading the checker, its tests or the other pools: marketers in Haiti
    # and the French Antilles (Port-au-Prince, Cap-Haïtien, Jacmel, Fort-de-France, Pointe-à-Pitre, Basse-Terre,
    # Cayenne) and their diaspora (Montreal, Miami, Brooklyn, Paris, Boston) at banks and money-transfer firms (Sogebank,
    # Unibank, MonCash, Banque des Antilles Françaises, Crédit Agricole Martinique-Guyane), telecoms (Digicel, Natcom,
    # Orange Caraïbe), rum, food and drink makers (Barbancourt, Clément, Damoiseau, Prestige, Royal Soda), retail
    # (Carrefour Antilles, GBH), tourism and airlines (Air Caraïbes, Corsair, Air Antilles) and NGOs writing CIM Level 6
    # and 7 reports and MBA assignments in English (national and historical dates, carnival and festival dates, rum
    # labels and AOC rules, founding years, French laws named by name and year, rates and prices in gourdes and euros,
    # remittance figures, flights, clubs and kompa bands, Creole and French proverbs and slogans, mobile plans and USSD
    # codes, none of them citations); books, chapters and journals by Haitian, Antillean, French, Canadian and US
    # scholars (Jean-Baptiste, Pierre-Louis, Saint-Fleur, Célestin, de Lépine) with up to eight authors, public and
    # international bodies (IHSI, BRH, INSEE, IEDOM, World Bank, IDB, UNDP; two works of one body in a year), laws and
    # decrees from Légifrance and Le Moniteur, the press signed and unsigned, firms' pages and reports, market research
    # and undated pages. Held out for its first tables, development data since stop 52. Seeds from 277000.
    "blind273": range(277000, 277000 + 100),
    "blind273-more": range(277000 + 100, 277000 + 400),
    # "blind274" is a two-hundred-and-seventy-fourth independent pool (blind274_works.py, blind274_text.py), written by a
    # two-hundred-and-seventy-fourth hand without reading the checker, its tests or the other pools: marketers in
    # Cameroon, Gabon, the Republic of the Congo and the DRC and their diaspora (Douala, Yaoundé, Libreville,
    # Port-Gentil, Brazzaville, Pointe-Noire, Kinshasa, Lubumbashi; Paris, Brussels, Lyon, Montreal, London) at banks and
    # mobile money, breweries and food, telecoms, retail and NGOs writing CIM Level 6 and 7 reports and MBA assignments
    # in English (national days, AFCONs, clubs, musicians, CEMAC and OHADA rules, FCFA and CDF prices, exchange rates,
    # mobile money tariffs and USSD codes, beers with launch years, licences, mining and oil projects, Camfranglais,
    # Lingala and French slogans, turnover figures, none of them citations); regional and international scholars with
    # compound surnames and Belgian particles, the global marketing texts, INS, BEAC, COBAC, ARPCE, ARPT, Banque
    # Centrale du Congo and ministries, CEMAC and OHADA texts, the regional press, firms with S.A., SARL and SA avec CA,
    # the World Bank, IMF, AfDB, GSMA, UNCTAD, market research and undated pages.
    # Held out for its first tables (stop 52), development data since stop 52. Seeds from 278000.
    "blind274": range(278000, 278000 + 100),
    "blind274-more": range(278000 + 100, 278000 + 400),
    # "blind275" is a two-hundred-and-seventy-fifth independent pool (blind275_works.py, blind275_text.py), written by a
    # two-hundred-and-seventy-fifth hand without reading the checker, its tests or the other pools: marketers at hair
    # salons, barbers, beauty and nail salons, salon-product brands and booking platforms in the UK, Ireland, Australia
    # and the Netherlands (Toni & Guy, Rush, Regis, Headmasters, Supercuts, Bloww, Hershesons, Neville Hair & Beauty,
    # Peter Mark, Just Cuts, Sally Beauty, L'Oréal Professionnel, Wella, Olaplex, GHD, Fresha, Treatwell, Booksy,
    # Phorest, Salon Scale) writing CIM Level 6 and 7 reports and MBA assignments in English on small-business,
    # franchise, loyalty, social-media and B2B trade marketing (trade events and awards, product launches, colour codes
    # and hair types, booking-app versions, price lists, deposits and no-show fees, VAT thresholds, apprenticeship
    # standards, COVID closures, franchise counts, haircut trends, rent-a-chair terms, ratings, financial years,
    # tickers, straplines and figures, none of them citations); textbooks, chapters, services, retailing, hospitality
    # and small-business journals with up to eight authors and DOIs, the classic marketing texts, trade and public
    # bodies (NHBF, British Beauty Council, HABIA, Hair & Barber Council, HSE, CMA, HMRC, ONS, CSO, ABS, CBS; two works
    # of one body in a year), legislation under Great Britain and Ireland, firms' pages and annual reports with plc,
    # Ltd, Pty Ltd, B.V. and Inc., the trade press signed and unsigned, market research with and without years and
    # undated pages; Irish names with Ó, Ní, Nic and Mac, Dutch names with van, de, van der and ter.
    # Held out for its first tables (stop 52), development data since stop 52. Seeds from 279000.
    "blind275": range(279000, 279000 + 100),
    "blind275-more": range(279000 + 100, 279000 + 400),
    # "blind276" is a two-hundred-and-seventy-sixth independent pool (blind276_works.py, blind276_text.py), written by a
    # two-hundred-and-seventy-sixth hand without reading the checker, its tests or the other pools: marketers in
    # Mongolia and its diaspora (Ulaanbaatar, Erdenet, Darkhan; Seoul, Incheon, Tokyo, Prague, Berlin, Melbourne,
    # Chicago) at banks and fintechs, telecoms, mining and cashmere, food, drink and retail, tourism and airlines and NGOs
    # writing CIM Level 6 and 7 reports and MBA assignments in English (Naadam and Tsagaan Sar dates, the lunar calendar,
    # Chinggis Khaan, 1921 and 1990, the 1992 Constitution, mining milestones, cashmere grades and prices, tögrög prices
    # and rates, dzud winters, Cyrillic words and sayings, MSE tickers, MIAT flights, platform launches, titles, census
    # rounds and figures, none of them citations); Mongolian scholars with a patronymic before the given name, hyphened
    # names and Cyrillic romanised more than one way, with Korean, Japanese, Czech, German and Anglophone co-authors,
    # up to eight authors; NSO, Bank of Mongolia, FRC, CRC, MNCCI and ministries, World Bank, ADB, EBRD, IMF, UNDP and
    # FAO with and without abbreviations (two works of one body in a year), laws of Mongolia, the local press signed and
    # unsigned, firms' pages and annual reports with LLC and JSC, market research with and without years, undated pages
    # and the marketing texts every candidate cites.
    # HELD OUT: never tune on it; report its tables, never its misses. Seeds from 280000.
    "blind276": range(280000, 280000 + 100),
    "blind276-more": range(280000 + 100, 280000 + 400),
    # "blind277" is a two-hundred-and-seventy-seventh independent pool (blind277_works.py, blind277_text.py), written by
    # a two-hundred-and-seventy-seventh hand without reading the checker, its tests or the other pools: marketers at
    # laundries, dry cleaners, laundry apps, textile-care and laundry-product brands and launderette chains in the UK,
    # Ireland, the Netherlands and Belgium (Johnson Cleaners, Timpson, Laundrapp, Oxwash, ZIPS, Laundryheap,
    # Revolution Laundry, Circuit, Jeeves of Belgravia, Persil, Ariel, Surcare, Dr. Beckmann, Miele Professional,
    # Electrolux Professional, Speed Queen, Christeyns) writing CIM Level 6 and 7 reports and MBA assignments in
    # English on small-business, subscription, franchise, B2B and sustainability marketing (wash temperatures and eco
    # programmes, detergent launches, energy labels and ecodesign rules, solvents, machine models and capacities, app
    # versions, prices per shirt and per kilogram, subscription tiers, delivery slots and postcodes, care symbols, EN
    # and ISO standards, microplastic filters, store counts, awards, ratings, financial years, tickers, straplines and
    # figures, none of them citations); textbooks, chapters, services, cleaner-production and consumer journals with
    # up to eight authors and DOIs, the classic marketing texts, trade and public bodies (TSA, Guild of Cleaners and
    # Launderers, WRAP, HSE, Environment Agency, CMA, ONS, CBS, Statbel; two works of one body in a year), firms'
    # pages and annual reports with plc, Ltd, B.V., N.V. and NV/SA, the trade press signed and unsigned, market
    # research with and without years and undated pages; Irish names with Ó, Ní and Mac, Dutch and Flemish names
    # with van, de, van der, van den and ter.
    # HELD OUT: never tune on it; report its tables, never its misses. Seeds from 281000.
    "blind277": range(281000, 281000 + 100),
    "blind277-more": range(281000 + 100, 281000 + 400),
    # "blind278" is a two-hundred-and-seventy-eighth independent pool (blind278_works.py, blind278_text.py), written by a
    # two-hundred-and-seventy-eighth hand without reading the checker, its tests or the other pools: marketers at golf
    # clubs and resorts, golf-equipment and golf-apparel brands, golf retailers, tour bodies and golf-tech firms in the
    # UK, Ireland, Spain and Portugal (St Andrews Links Trust, The Belfry, Gleneagles, Adare Manor, Valderrama, Quinta do
    # Lago, Callaway, TaylorMade, Titleist, Ping, Mizuno, Galvin Green, FootJoy, American Golf, Golf Support, Clubhouse
    # Golf, Trackman, Topgolf, Hole19, England Golf, Golf Ireland, the R&A, the DP World Tour) writing CIM Level 6 and 7
    # reports and MBA assignments in English on membership, hospitality, retail, sponsorship and participation marketing
    # (championships and venues with years, club and ball models, rules and handicap systems, handicap indexes and
    # course ratings, green fees and subscriptions, tee times and yardages, launch monitors and app versions,
    # endorsements and contracts, founding years, sponsorship deals, ticket prices, purses, awards, tickers, straplines
    # and rounds played, none of them citations); textbooks, chapters and sport-management journals with up to eight
    # authors and DOIs, the classic marketing texts, governing and public bodies (The R&A, England Golf, Golf Ireland,
    # Scottish Golf, the PGA, Sport England, Sport Ireland, VisitScotland, Turismo de Portugal, the RFEG; two works of one
    # body in a year), firms' pages and annual reports with plc, Ltd, Inc., Corp. and S.A., the golf press signed and
    # unsigned, market research with and without years and undated pages; Irish names with Ó, Ní, Nic and Mac, Spanish
    # names with two surnames, Portuguese names with da, dos and de.
    # HELD OUT: never tune on it; report its tables, never its misses. Seeds from 282000.
    "blind278": range(282000, 282000 + 100),
    "blind278-more": range(282000 + 100, 282000 + 400),
    # "blind281" is a two-hundred-and-eighty-first independent pool (blind281_works.py, blind281_text.py), written by a
    # two-hundred-and-eighty-first hand without reading the checker, its tests or the other pools: marketers at hotels
    # and resorts, tour operators, banks and microfinance institutions, mobile operators, brewers, coffee and consumer
    # brands, airlines and tourism boards in Cambodia and Laos (Raffles Hotel Le Royal, Sofitel Angkor, Amansara,
    # Rosewood Phnom Penh, Azerai, Exotic Voyages, ACLEDA Bank, ABA Bank, Wing, Prince Bank, Smart Axiata, Cellcard,
    # Metfone, Lao Telecom, Unitel, BCEL, Beerlao, Cambrew, Brown Coffee, Lao Airlines, Cambodia Angkor Air, the Ministry
    # of Tourism of Cambodia) writing CIM Level 6 and 7 reports and MBA assignments in English on tourism,
    # financial-inclusion, mobile and consumer marketing (temples and World Heritage listings with centuries and years,
    # festivals, prices in riel, kip and dollars, exchange rates, visitor arrivals, hotel openings and rooms, tariffs and
    # data bundles, app versions, bank and MFI licences, laws, prakas, sub-decrees and decrees, railways, roads and
    # airports, launches, awards, stock codes, slogans, deposits, subscribers and borrowers, none of them citations);
    # books, chapters and tourism, Southeast Asian and bank-marketing journals with up to eight authors and DOIs, the
    # marketing texts every candidate cites, ministries, central banks, statistics bureaux and development banks (two
    # works of one body in a year), firms' pages and annual reports with Plc., Co., Ltd., Public Company and Sole Co.,
    # Ltd., the English-language press of Phnom Penh and Vientiane signed and unsigned, market research with and
    # without years and undated pages; Khmer and Lao names with the family name first, some kept whole.
    # HELD OUT: never tune on it; report its tables, never its misses. Seeds from 285000.
    "blind281": range(285000, 285000 + 100),
    "blind281-more": range(285000 + 100, 285000 + 400),
    # "blind243" is a two-hundred-and-forty-third independent pool (blind243_works.py, blind243_text.py), written by a
    # two-hundred-and-forty-third hand without reading the checker, its tests or the other pools: marketers at
    # home-improvement, furniture, homewares and garden retailers and their suppliers in the UK and Ireland (B&Q,
    # Screwfix, Wickes, Homebase, IKEA UK, Dunelm, DFS, ScS, Furniture Village, Oak Furnitureland, Made.com, Wayfair UK,
    # Dobbies, Blue Diamond, Woodie's, Harvey Norman Ireland, Farrow & Ball, Dulux (AkzoNobel), Crown Paints, Hillarys)
    # writing CIM Level 6 and 7 reports and MBA assignments in English on retail, omnichannel and trade marketing (sale
    # prices and promotions with periods, interest-free credit, Black Friday, store openings, closures and milestones
    # with years, paint colours and Colours of the Year, product launches and ranges, fire-safety, consumer, Sunday
    # trading and DMCC laws with years, the peat ban, delivery promises and guarantees, like-for-like sales, heatwaves,
    # flower shows and bank holidays, trade counters, loyalty schemes and rapid delivery with launch years, Trustpilot
    # ratings, awards and Which? Best Buys, tickers, job titles, honours and CEOs, financial years, half years and
    # quarters, euro prices, VAT, opening hours, room sets, store formats, acquisitions, administrations, founding years,
    # SKU counts, samples, cross-references, handles, sizes, campaigns and abbreviations, none of them citations);
    # textbooks, chapters, retailing, consumer and housing journals with up to eight authors and DOIs, theses,
    # conference papers, regulators and public bodies (bodies with two works of a year), trade bodies and charities,
    # retailers' pages, annual reports and investor decks, market research with years, the trade and national press
    # signed and unsigned, social posts, videos, podcasts and undated pages; British double-barrelled names, Irish names
    # with Ó, Ní and Mac, Swedish and Dutch names, South Asian and Polish names.
    # Held out for its first tables (stop 48), development data since stop 49. Seeds from 247000.
    "blind243": range(247000, 247000 + 100),
    "blind243-more": range(247000 + 100, 247000 + 400),
    # "blind244" is a two-hundred-and-forty-fourth independent pool (blind244_works.py, blind244_text.py), written by a
    # two-hundred-and-forty-fourth hand without reading the checker, its tests or the other pools: marketers at law
    # firms, accountancy and audit firms, tax advisers and professional-services networks in the UK and Ireland (Allen &
    # Overy, Clifford Chance, Linklaters, Slaughter and May, DLA Piper, Irwin Mitchell, Slater and Gordon, Shoosmiths,
    # Arthur Cox, A&L Goodbody, McCann FitzGerald, Deloitte, PwC, EY, KPMG, Grant Thornton, BDO, RSM UK, Azets, Moore
    # Kingston Smith) writing CIM Level 6 and 7 reports and MBA assignments in English on B2B, business-development and
    # thought-leadership marketing (fees and rates with periods, NQ salaries, mergers and rebrands with years, fines and
    # sanctions, UK and Irish laws, rules and bills with years, league tables, directory bands and rankings, office
    # openings and headcounts, tax deadlines, Budget days and the tax year, SRA, ICAEW and company numbers, awards, job
    # titles and honours, financial and partnership years, quarters, PEP and revenue growth, founding years, samples,
    # cross-references, models, audit-market shares, euro fees, handles, events, trainee intakes, the SQE, interest and
    # VAT rates and addresses, none of them citations); textbooks, chapters, professional-services, services, accounting
    # and legal-profession journals with up to eight authors and DOIs, theses, conference papers, regulators and public
    # bodies (bodies with two works of a year), professional and trade bodies, firms' pages, annual and transparency
    # reports, market research with years, the legal, accountancy and national press signed and unsigned, social posts,
    # videos, podcasts and undated pages; British double-barrelled names, Irish names with Ó, Ní and Mac, South Asian,
    # Chinese and Nigerian names.
    # Held out for its first tables (stop 48), development data since stop 49. Seeds from 248000.
    "blind244": range(248000, 248000 + 100),
    "blind244-more": range(248000 + 100, 248000 + 400),
    # "blind241" is a two-hundred-and-forty-first independent pool (blind241_works.py, blind241_text.py), written by a
    # two-hundred-and-forty-first hand without reading the checker, its tests or the other pools: marketers at
    # museums, galleries, heritage sites, theatres, orchestras, festivals and arts charities in the UK and Ireland (the
    # National Trust, English Heritage, Historic Environment Scotland, Cadw, Tate, the V&A, the British Museum, the
    # Science Museum Group, National Museums Liverpool, the RSC, the National Theatre, the Royal Opera House, the
    # Edinburgh International Festival, the Hay Festival, Kew, the Eden Project, the Abbey Theatre, the National Gallery
    # of Ireland, the Ulster Museum) writing CIM Level 6 and 7 reports and MBA assignments in English on audience
    # development, membership, fundraising and visitor marketing (ticket prices and memberships with periods, free entry
    # since 2001, Pay What You Can, visitor numbers and ALVA rankings, exhibitions, prizes, productions and festivals
    # with years, buildings, openings and reopenings, founding years, works of art and artefacts with their dates, Acts,
    # Gift Aid, tax reliefs, the Culture Recovery Fund, the lottery funds and the National Portfolio with their periods,
    # listed grades, Heritage Open Days, the Fringe and Culture Night with dates, charity numbers, awards, job titles
    # and honours, financial years, seasons, quarters, samples, cross-references, handles, abbreviations, opening
    # hours, capacities, anniversaries, loans, acquisitions, accession numbers, media and dimensions, periods and
    # styles, slogans, survey waves, donations, age bands, euro prices and World Heritage Sites, none of them
    # citations); textbooks, chapters, arts, heritage and marketing journals with up to eight authors and DOIs, theses,
    # conference papers, public bodies and funders (bodies with two works of a year), trade bodies and charities,
    # institutions' pages and annual reports, market research with years, the arts and national press signed and
    # unsigned, social posts, videos, podcasts and undated pages; British double-barrelled names, Irish names with Ó,
    # Ní, Nic and Mac, Welsh and Scottish Gaelic names, Italian, Greek and Nigerian names.
    # Held out for its first tables (stop 48), development data since stop 49. Seeds from 245000.
    "blind241": range(245000, 245000 + 100),
    "blind241-more": range(245000 + 100, 245000 + 400),
}


def corpus(half: str) -> list[CorpusDocument]:
    """The development or the test half: 60 reports each, from disjoint seeds and disjoint sentence frames.

    "blind" to "blind14" (100 reports each) each have their own pool of frames and a wider mix of works, written without reading the checker.
    """
    frames = {"fresh": "test", "dev-more": "dev", "blind-more": "blind", "blind2-more": "blind2"}.get(half, half)
    if half.endswith("-more") and half.removesuffix("-more") in POOLS:
        frames = half.removesuffix("-more")
    return [_Builder(seed, frames).build() for seed in HALVES[half]]
