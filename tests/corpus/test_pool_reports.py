"""The fifth to three-hundred-and-ninetieth independent reference pools (blind5 to blind390): each is wired with
seeds of its own, its works are varied and hold together, and three of its reports have truth that agrees with their
text.

Each pool was written by another hand, and so was its first test; they are one module now, one test per property
run over every pool. These tests read only the corpus, never the checker's results on it.
"""

from __future__ import annotations

import functools
import random
import re
from dataclasses import dataclass
from types import ModuleType

import pytest

from marker.checks.regions import REFERENCE_LIST
from tests.corpus.references import (
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
    blind279_text,
    blind280_text,
    blind281_text,
    blind282_text,
    blind283_text,
    blind284_text,
    blind285_text,
    blind286_text,
    blind287_text,
    blind288_text,
    blind289_text,
    blind290_text,
    blind291_text,
    blind292_text,
    blind293_text,
    blind294_text,
    blind295_text,
    blind296_text,
    blind297_text,
    blind298_text,
    blind299_text,
    blind300_text,
    blind301_text,
    blind302_text,
    blind303_text,
    blind304_text,
    blind305_text,
    blind306_text,
    blind307_text,
    blind308_text,
    blind309_text,
    blind310_text,
    blind311_text,
    blind312_text,
    blind313_text,
    blind314_text,
    blind315_text,
    blind316_text,
    blind317_text,
    blind318_text,
    blind319_text,
    blind320_text,
    blind321_text,
    blind322_text,
    blind323_text,
    blind324_text,
    blind325_text,
    blind326_text,
    blind327_text,
    blind328_text,
    blind329_text,
    blind330_text,
    blind331_text,
    blind332_text,
    blind333_text,
    blind334_text,
    blind335_text,
    blind336_text,
    blind337_text,
    blind338_text,
    blind339_text,
    blind340_text,
    blind341_text,
    blind342_text,
    blind343_text,
    blind344_text,
    blind345_text,
    blind346_text,
    blind347_text,
    blind348_text,
    blind349_text,
    blind350_text,
    blind351_text,
    blind352_text,
    blind353_text,
    blind354_text,
    blind355_text,
    blind356_text,
    blind357_text,
    blind358_text,
    blind359_text,
    blind360_text,
    blind361_text,
    blind362_text,
    blind363_text,
    blind364_text,
    blind365_text,
    blind366_text,
    blind367_text,
    blind368_text,
    blind369_text,
    blind370_text,
    blind371_text,
    blind372_text,
    blind373_text,
    blind374_text,
    blind375_text,
    blind376_text,
    blind377_text,
    blind378_text,
    blind379_text,
    blind380_text,
    blind381_text,
    blind382_text,
    blind383_text,
    blind384_text,
    blind385_text,
    blind386_text,
    blind387_text,
    blind388_text,
    blind389_text,
    blind390_text,
    render,
    text,
)
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
from tests.corpus.references.blind279_works import Blind279WorkFactory
from tests.corpus.references.blind280_works import Blind280WorkFactory
from tests.corpus.references.blind281_works import Blind281WorkFactory
from tests.corpus.references.blind282_works import Blind282WorkFactory
from tests.corpus.references.blind283_works import Blind283WorkFactory
from tests.corpus.references.blind284_works import Blind284WorkFactory
from tests.corpus.references.blind285_works import Blind285WorkFactory
from tests.corpus.references.blind286_works import Blind286WorkFactory
from tests.corpus.references.blind287_works import Blind287WorkFactory
from tests.corpus.references.blind288_works import Blind288WorkFactory
from tests.corpus.references.blind289_works import Blind289WorkFactory
from tests.corpus.references.blind290_works import Blind290WorkFactory
from tests.corpus.references.blind291_works import Blind291WorkFactory
from tests.corpus.references.blind292_works import Blind292WorkFactory
from tests.corpus.references.blind293_works import Blind293WorkFactory
from tests.corpus.references.blind294_works import Blind294WorkFactory
from tests.corpus.references.blind295_works import Blind295WorkFactory
from tests.corpus.references.blind296_works import Blind296WorkFactory
from tests.corpus.references.blind297_works import Blind297WorkFactory
from tests.corpus.references.blind298_works import Blind298WorkFactory
from tests.corpus.references.blind299_works import Blind299WorkFactory
from tests.corpus.references.blind300_works import Blind300WorkFactory
from tests.corpus.references.blind301_works import Blind301WorkFactory
from tests.corpus.references.blind302_works import Blind302WorkFactory
from tests.corpus.references.blind303_works import Blind303WorkFactory
from tests.corpus.references.blind304_works import Blind304WorkFactory
from tests.corpus.references.blind305_works import Blind305WorkFactory
from tests.corpus.references.blind306_works import Blind306WorkFactory
from tests.corpus.references.blind307_works import Blind307WorkFactory
from tests.corpus.references.blind308_works import Blind308WorkFactory
from tests.corpus.references.blind309_works import Blind309WorkFactory
from tests.corpus.references.blind310_works import Blind310WorkFactory
from tests.corpus.references.blind311_works import Blind311WorkFactory
from tests.corpus.references.blind312_works import Blind312WorkFactory
from tests.corpus.references.blind313_works import Blind313WorkFactory
from tests.corpus.references.blind314_works import Blind314WorkFactory
from tests.corpus.references.blind315_works import Blind315WorkFactory
from tests.corpus.references.blind316_works import Blind316WorkFactory
from tests.corpus.references.blind317_works import Blind317WorkFactory
from tests.corpus.references.blind318_works import Blind318WorkFactory
from tests.corpus.references.blind319_works import Blind319WorkFactory
from tests.corpus.references.blind320_works import Blind320WorkFactory
from tests.corpus.references.blind321_works import Blind321WorkFactory
from tests.corpus.references.blind322_works import Blind322WorkFactory
from tests.corpus.references.blind323_works import Blind323WorkFactory
from tests.corpus.references.blind324_works import Blind324WorkFactory
from tests.corpus.references.blind325_works import Blind325WorkFactory
from tests.corpus.references.blind326_works import Blind326WorkFactory
from tests.corpus.references.blind327_works import Blind327WorkFactory
from tests.corpus.references.blind328_works import Blind328WorkFactory
from tests.corpus.references.blind329_works import Blind329WorkFactory
from tests.corpus.references.blind330_works import Blind330WorkFactory
from tests.corpus.references.blind331_works import Blind331WorkFactory
from tests.corpus.references.blind332_works import Blind332WorkFactory
from tests.corpus.references.blind333_works import Blind333WorkFactory
from tests.corpus.references.blind334_works import Blind334WorkFactory
from tests.corpus.references.blind335_works import Blind335WorkFactory
from tests.corpus.references.blind336_works import Blind336WorkFactory
from tests.corpus.references.blind337_works import Blind337WorkFactory
from tests.corpus.references.blind338_works import Blind338WorkFactory
from tests.corpus.references.blind339_works import Blind339WorkFactory
from tests.corpus.references.blind340_works import Blind340WorkFactory
from tests.corpus.references.blind341_works import Blind341WorkFactory
from tests.corpus.references.blind342_works import Blind342WorkFactory
from tests.corpus.references.blind343_works import Blind343WorkFactory
from tests.corpus.references.blind344_works import Blind344WorkFactory
from tests.corpus.references.blind345_works import Blind345WorkFactory
from tests.corpus.references.blind346_works import Blind346WorkFactory
from tests.corpus.references.blind347_works import Blind347WorkFactory
from tests.corpus.references.blind348_works import Blind348WorkFactory
from tests.corpus.references.blind349_works import Blind349WorkFactory
from tests.corpus.references.blind350_works import Blind350WorkFactory
from tests.corpus.references.blind351_works import Blind351WorkFactory
from tests.corpus.references.blind352_works import Blind352WorkFactory
from tests.corpus.references.blind353_works import Blind353WorkFactory
from tests.corpus.references.blind354_works import Blind354WorkFactory
from tests.corpus.references.blind355_works import Blind355WorkFactory
from tests.corpus.references.blind356_works import Blind356WorkFactory
from tests.corpus.references.blind357_works import Blind357WorkFactory
from tests.corpus.references.blind358_works import Blind358WorkFactory
from tests.corpus.references.blind359_works import Blind359WorkFactory
from tests.corpus.references.blind360_works import Blind360WorkFactory
from tests.corpus.references.blind361_works import Blind361WorkFactory
from tests.corpus.references.blind362_works import Blind362WorkFactory
from tests.corpus.references.blind363_works import Blind363WorkFactory
from tests.corpus.references.blind364_works import Blind364WorkFactory
from tests.corpus.references.blind365_works import Blind365WorkFactory
from tests.corpus.references.blind366_works import Blind366WorkFactory
from tests.corpus.references.blind367_works import Blind367WorkFactory
from tests.corpus.references.blind368_works import Blind368WorkFactory
from tests.corpus.references.blind369_works import Blind369WorkFactory
from tests.corpus.references.blind370_works import Blind370WorkFactory
from tests.corpus.references.blind371_works import Blind371WorkFactory
from tests.corpus.references.blind372_works import Blind372WorkFactory
from tests.corpus.references.blind373_works import Blind373WorkFactory
from tests.corpus.references.blind374_works import Blind374WorkFactory
from tests.corpus.references.blind375_works import Blind375WorkFactory
from tests.corpus.references.blind376_works import Blind376WorkFactory
from tests.corpus.references.blind377_works import Blind377WorkFactory
from tests.corpus.references.blind378_works import Blind378WorkFactory
from tests.corpus.references.blind379_works import Blind379WorkFactory
from tests.corpus.references.blind380_works import Blind380WorkFactory
from tests.corpus.references.blind381_works import Blind381WorkFactory
from tests.corpus.references.blind382_works import Blind382WorkFactory
from tests.corpus.references.blind383_works import Blind383WorkFactory
from tests.corpus.references.blind384_works import Blind384WorkFactory
from tests.corpus.references.blind385_works import Blind385WorkFactory
from tests.corpus.references.blind386_works import Blind386WorkFactory
from tests.corpus.references.blind387_works import Blind387WorkFactory
from tests.corpus.references.blind388_works import Blind388WorkFactory
from tests.corpus.references.blind389_works import Blind389WorkFactory
from tests.corpus.references.blind390_works import Blind390WorkFactory
from tests.corpus.references.documents import HALVES, POOLS, PROBLEM_KINDS, CorpusDocument, _Builder, _collate

_SLOT = re.compile(r"\{\w+(:[^{}]*)?\}")


@dataclass(frozen=True)
class Pool:
    name: str
    text: ModuleType
    factory: type
    first_seed: int
    seeds: tuple[int, ...]  # three reports that between them plant the problems below and one with none
    planted: frozenset[str]
    work_kinds: frozenset[str]
    decoy_kinds: int  # how many decoy kinds the three reports show at least
    rendered_leads: bool  # whether the style writes each work's first author as its lead


POOL_LIST = [
    Pool("blind5", blind5_text, Blind5WorkFactory, 3000, (3000, 3002, 3006),
         frozenset({"year_mismatch", "missing_access_date", "listed_not_cited", "quotation_without_page"}),
         frozenset(Blind5WorkFactory.KINDS), 15, False),
    Pool("blind6", blind6_text, Blind6WorkFactory, 10000, (10002, 10005, 10007),
         frozenset({"year_mismatch", "missing_access_date", "listed_not_cited", "quotation_without_page"}),
         frozenset({"book", "chapter", "journal", "news", "web", "report", "podcast", "video", "social",
                    "trade-press", "blog"}), 25, True),
    Pool("blind7", blind7_text, Blind7WorkFactory, 11000, (11002, 11003, 11010),
         frozenset({"year_mismatch", "missing_access_date", "listed_not_cited", "quotation_without_page"}),
         frozenset({"book", "chapter", "journal", "web", "report", "company-report", "government", "legislation",
                    "body", "news", "trade-press", "podcast", "video", "social", "thesis", "conference"}), 25, True),
    Pool("blind8", blind8_text, Blind8WorkFactory, 12000, (12029, 12033, 12041),
         frozenset({"year_mismatch", "missing_access_date", "listed_not_cited", "quotation_without_page",
                    "cited_not_listed"}),
         frozenset(Blind8WorkFactory.KINDS), 35, True),
    Pool("blind9", blind9_text, Blind9WorkFactory, 13000, (13029, 13016, 13008),
         frozenset({"year_mismatch", "missing_access_date", "listed_not_cited", "quotation_without_page",
                    "incomplete_entry"}),
         frozenset(Blind9WorkFactory.KINDS), 45, True),
    Pool("blind10", blind10_text, Blind10WorkFactory, 14000, (14044, 14015, 14067),
         frozenset({"year_mismatch", "missing_access_date", "listed_not_cited", "quotation_without_page",
                    "cited_not_listed", "incomplete_entry", "not_alphabetical"}),
         frozenset(Blind10WorkFactory.KINDS), 45, True),
    Pool("blind11", blind11_text, Blind11WorkFactory, 15000, (15045, 15020, 15019),
         frozenset({"year_mismatch", "missing_access_date", "listed_not_cited", "quotation_without_page",
                    "cited_not_listed", "not_alphabetical"}),
         frozenset(Blind11WorkFactory.KINDS), 38, True),
    Pool("blind12", blind12_text, Blind12WorkFactory, 16000, (16011, 16089, 16033),
         frozenset({"year_mismatch", "missing_access_date", "listed_not_cited", "quotation_without_page",
                    "cited_not_listed", "incomplete_entry", "not_alphabetical"}),
         frozenset(Blind12WorkFactory.KINDS), 48, True),
    Pool("blind13", blind13_text, Blind13WorkFactory, 17000, (17001, 17045, 17002),
         frozenset({"year_mismatch", "missing_access_date", "listed_not_cited", "quotation_without_page",
                    "cited_not_listed", "incomplete_entry", "not_alphabetical"}),
         frozenset(Blind13WorkFactory.KINDS), 40, True),
    Pool("blind14", blind14_text, Blind14WorkFactory, 18000, (18047, 18044, 18001),
         frozenset({"year_mismatch", "missing_access_date", "listed_not_cited", "quotation_without_page",
                    "cited_not_listed", "incomplete_entry", "not_alphabetical"}),
         frozenset(Blind14WorkFactory.KINDS), 39, True),
    Pool("blind15", blind15_text, Blind15WorkFactory, 19000, (19041, 19019, 19008),
         frozenset({"year_mismatch", "missing_access_date", "quotation_without_page", "cited_not_listed",
                    "incomplete_entry", "not_alphabetical"}),
         frozenset({"book", "chapter", "journal", "conference", "report", "web", "legislation", "news", "trade-press",
                    "blog", "podcast", "video", "social"}), 40, True),
    Pool("blind16", blind16_text, Blind16WorkFactory, 20000, (20061, 20083, 20033),
         frozenset({"year_mismatch", "missing_access_date", "listed_not_cited", "quotation_without_page",
                    "cited_not_listed", "incomplete_entry", "not_alphabetical"}),
         frozenset(Blind16WorkFactory.KINDS), 45, True),
    Pool("blind17", blind17_text, Blind17WorkFactory, 21000, (21012, 21036, 21088),
         frozenset({"year_mismatch", "missing_access_date", "listed_not_cited", "quotation_without_page",
                    "cited_not_listed", "incomplete_entry", "not_alphabetical"}),
         frozenset(Blind17WorkFactory.KINDS), 46, True),
    Pool("blind18", blind18_text, Blind18WorkFactory, 22000, (22023, 22079, 22009),
         frozenset({"year_mismatch", "missing_access_date", "listed_not_cited", "quotation_without_page",
                    "cited_not_listed", "incomplete_entry", "not_alphabetical"}),
         frozenset(Blind18WorkFactory.KINDS), 45, True),
    Pool("blind19", blind19_text, Blind19WorkFactory, 23000, (23027, 23038, 23006),
         frozenset({"year_mismatch", "missing_access_date", "listed_not_cited", "quotation_without_page",
                    "cited_not_listed", "incomplete_entry", "not_alphabetical"}),
         frozenset(Blind19WorkFactory.KINDS), 40, True),
    Pool("blind20", blind20_text, Blind20WorkFactory, 24000, (24010, 24023, 24013),
         frozenset({"year_mismatch", "missing_access_date", "listed_not_cited", "quotation_without_page",
                    "cited_not_listed", "incomplete_entry", "not_alphabetical"}),
         frozenset(Blind20WorkFactory.KINDS) - {"classic"}, 40, True),
    Pool("blind21", blind21_text, Blind21WorkFactory, 25000, (25003, 25056, 25007),
         frozenset({"year_mismatch", "missing_access_date", "listed_not_cited", "quotation_without_page",
                    "cited_not_listed", "incomplete_entry", "not_alphabetical"}),
         frozenset({"book", "chapter", "journal", "web", "blog", "report", "company-report", "press-release",
                    "legislation", "news", "trade-press", "podcast", "video", "social", "conference", "webinar"}),
         45, True),
    Pool("blind22", blind22_text, Blind22WorkFactory, 26000, (26058, 26081, 26053),
         frozenset({"year_mismatch", "listed_not_cited", "quotation_without_page", "cited_not_listed",
                    "incomplete_entry", "not_alphabetical"}),
         frozenset(Blind22WorkFactory.KINDS), 42, True),
    Pool("blind23", blind23_text, Blind23WorkFactory, 27000, (27013, 27065, 27018),
         frozenset({"year_mismatch", "missing_access_date", "listed_not_cited", "quotation_without_page",
                    "cited_not_listed", "incomplete_entry", "not_alphabetical"}),
         frozenset(Blind23WorkFactory.KINDS), 44, True),
    Pool("blind24", blind24_text, Blind24WorkFactory, 28000, (28088, 28094, 28097),
         frozenset({"year_mismatch", "missing_access_date", "listed_not_cited", "quotation_without_page",
                    "cited_not_listed", "incomplete_entry"}),
         frozenset(Blind24WorkFactory.KINDS), 42, True),
    Pool("blind25", blind25_text, Blind25WorkFactory, 29000, (29048, 29049, 29012),
         frozenset({"year_mismatch", "missing_access_date", "listed_not_cited", "quotation_without_page",
                    "cited_not_listed", "incomplete_entry"}),
         frozenset(Blind25WorkFactory.KINDS), 48, True),
    Pool("blind26", blind26_text, Blind26WorkFactory, 30000, (30019, 30059, 30010),
         frozenset({"year_mismatch", "missing_access_date", "listed_not_cited", "quotation_without_page",
                    "cited_not_listed", "incomplete_entry", "not_alphabetical"}),
         frozenset(Blind26WorkFactory.KINDS), 44, True),
    Pool("blind27", blind27_text, Blind27WorkFactory, 31000, (31025, 31051, 31053),
         frozenset({"year_mismatch", "missing_access_date", "listed_not_cited", "quotation_without_page",
                    "cited_not_listed", "incomplete_entry", "not_alphabetical"}),
         frozenset(Blind27WorkFactory.KINDS), 42, True),
    Pool("blind28", blind28_text, Blind28WorkFactory, 32000, (32000, 32027, 32047),
         frozenset({"year_mismatch", "missing_access_date", "listed_not_cited", "quotation_without_page",
                    "cited_not_listed", "incomplete_entry", "not_alphabetical"}),
         frozenset(Blind28WorkFactory.KINDS), 38, True),
    Pool("blind29", blind29_text, Blind29WorkFactory, 33000, (33001, 33036, 33039),
         frozenset({"year_mismatch", "missing_access_date", "listed_not_cited", "quotation_without_page",
                    "cited_not_listed", "incomplete_entry", "not_alphabetical"}),
         frozenset(Blind29WorkFactory.KINDS), 44, True),
    Pool("blind30", blind30_text, Blind30WorkFactory, 34000, (34015, 34095, 34006),
         frozenset({"year_mismatch", "missing_access_date", "listed_not_cited", "quotation_without_page",
                    "cited_not_listed", "not_alphabetical"}),
         frozenset(Blind30WorkFactory.KINDS), 44, True),
    Pool("blind31", blind31_text, Blind31WorkFactory, 35000, (35027, 35096, 35086),
         frozenset({"year_mismatch", "missing_access_date", "listed_not_cited", "quotation_without_page",
                    "cited_not_listed", "incomplete_entry", "not_alphabetical"}),
         frozenset(Blind31WorkFactory.KINDS), 44, True),
    Pool("blind32", blind32_text, Blind32WorkFactory, 36000, (36007, 36148, 36155),
         frozenset({"year_mismatch", "missing_access_date", "listed_not_cited", "quotation_without_page",
                    "cited_not_listed", "incomplete_entry", "not_alphabetical"}),
         frozenset(Blind32WorkFactory.KINDS), 45, True),
    Pool("blind33", blind33_text, Blind33WorkFactory, 37000, (37015, 37036, 37360),
         frozenset({"year_mismatch", "missing_access_date", "listed_not_cited", "quotation_without_page",
                    "cited_not_listed", "incomplete_entry", "not_alphabetical"}),
         frozenset(Blind33WorkFactory.KINDS), 45, True),
    Pool("blind34", blind34_text, Blind34WorkFactory, 38000, (38014, 38118, 38123),
         frozenset({"year_mismatch", "missing_access_date", "listed_not_cited", "quotation_without_page",
                    "cited_not_listed", "incomplete_entry", "not_alphabetical"}),
         frozenset(Blind34WorkFactory.KINDS), 45, True),
    Pool("blind35", blind35_text, Blind35WorkFactory, 39000, (39003, 39031, 39010),
         frozenset({"year_mismatch", "missing_access_date", "listed_not_cited", "quotation_without_page",
                    "cited_not_listed", "incomplete_entry", "not_alphabetical"}),
         frozenset(Blind35WorkFactory.KINDS), 42, True),
    Pool("blind36", blind36_text, Blind36WorkFactory, 40000, (40286, 40374, 40122),
         frozenset({"year_mismatch", "missing_access_date", "listed_not_cited", "quotation_without_page",
                    "cited_not_listed", "incomplete_entry", "not_alphabetical"}),
         frozenset({"book", "chapter", "journal", "web", "report", "legislation", "news", "podcast", "social"}),
         42, True),
    Pool("blind37", blind37_text, Blind37WorkFactory, 41000, (41070, 41151, 41028),
         frozenset({"year_mismatch", "missing_access_date", "listed_not_cited", "quotation_without_page",
                    "cited_not_listed", "incomplete_entry", "not_alphabetical"}),
         frozenset(Blind37WorkFactory.KINDS), 45, True),
    Pool("blind38", blind38_text, Blind38WorkFactory, 42000, (42118, 42187, 42133),
         frozenset({"year_mismatch", "missing_access_date", "listed_not_cited", "quotation_without_page",
                    "cited_not_listed", "incomplete_entry", "not_alphabetical"}),
         frozenset(Blind38WorkFactory.KINDS), 44, True),
    Pool("blind39", blind39_text, Blind39WorkFactory, 43000, (43008, 43031, 43056),
         frozenset({"year_mismatch", "missing_access_date", "listed_not_cited", "quotation_without_page",
                    "cited_not_listed", "incomplete_entry", "not_alphabetical"}),
         frozenset(Blind39WorkFactory.KINDS), 45, True),
    Pool("blind41", blind41_text, Blind41WorkFactory, 45000, (45077, 45111, 45043),
         frozenset({"year_mismatch", "missing_access_date", "listed_not_cited", "quotation_without_page",
                    "cited_not_listed", "incomplete_entry", "not_alphabetical"}),
         frozenset(Blind41WorkFactory.KINDS), 42, True),
    Pool("blind40", blind40_text, Blind40WorkFactory, 44000, (44079, 44309, 44128),
         frozenset({"year_mismatch", "missing_access_date", "listed_not_cited", "quotation_without_page",
                    "cited_not_listed", "incomplete_entry", "not_alphabetical"}),
         frozenset(Blind40WorkFactory.KINDS), 44, True),
    Pool("blind42", blind42_text, Blind42WorkFactory, 46000, (46175, 46129, 46233),
         frozenset({"year_mismatch", "missing_access_date", "listed_not_cited", "quotation_without_page",
                    "cited_not_listed", "incomplete_entry", "not_alphabetical"}),
         frozenset(Blind42WorkFactory.KINDS), 45, True),
    Pool("blind43", blind43_text, Blind43WorkFactory, 47000, (47058, 47394, 47064),
         frozenset({"year_mismatch", "missing_access_date", "listed_not_cited", "quotation_without_page",
                    "cited_not_listed", "incomplete_entry", "not_alphabetical"}),
         frozenset(Blind43WorkFactory.KINDS), 45, True),
    Pool("blind44", blind44_text, Blind44WorkFactory, 48000, (48280, 48362, 48274),
         frozenset({"year_mismatch", "missing_access_date", "listed_not_cited", "quotation_without_page",
                    "cited_not_listed", "incomplete_entry", "not_alphabetical"}),
         frozenset(Blind44WorkFactory.KINDS), 45, True),
    Pool("blind46", blind46_text, Blind46WorkFactory, 50000, (50032, 50033, 50099),
         frozenset({"year_mismatch", "missing_access_date", "listed_not_cited", "quotation_without_page",
                    "cited_not_listed", "incomplete_entry", "not_alphabetical"}),
         frozenset(Blind46WorkFactory.KINDS), 44, True),
    Pool("blind47", blind47_text, Blind47WorkFactory, 51000, (51010, 51206, 51354),
         frozenset({"year_mismatch", "missing_access_date", "listed_not_cited", "quotation_without_page",
                    "cited_not_listed", "incomplete_entry", "not_alphabetical"}),
         frozenset(Blind47WorkFactory.KINDS), 44, True),
    Pool("blind45", blind45_text, Blind45WorkFactory, 49000, (49305, 49013, 49319),
         frozenset({"year_mismatch", "missing_access_date", "listed_not_cited", "quotation_without_page",
                    "cited_not_listed", "incomplete_entry", "not_alphabetical"}),
         frozenset(Blind45WorkFactory.KINDS), 45, True),
    Pool("blind48", blind48_text, Blind48WorkFactory, 52000, (52027, 52033, 52049),
         frozenset({"year_mismatch", "missing_access_date", "listed_not_cited", "quotation_without_page",
                    "cited_not_listed", "incomplete_entry", "not_alphabetical"}),
         frozenset(Blind48WorkFactory.KINDS), 44, True),
    Pool("blind49", blind49_text, Blind49WorkFactory, 53000, (53203, 53047, 53019),
         frozenset({"year_mismatch", "missing_access_date", "listed_not_cited", "quotation_without_page",
                    "cited_not_listed", "incomplete_entry", "not_alphabetical"}),
         frozenset(Blind49WorkFactory.KINDS), 49, True),
    Pool("blind50", blind50_text, Blind50WorkFactory, 54000, (54002, 54040, 54056),
         frozenset({"year_mismatch", "missing_access_date", "listed_not_cited", "quotation_without_page",
                    "cited_not_listed", "incomplete_entry", "not_alphabetical"}),
         frozenset(Blind50WorkFactory.KINDS), 45, True),
    Pool("blind51", blind51_text, Blind51WorkFactory, 55000, (55115, 55346, 55049),
         frozenset({"year_mismatch", "missing_access_date", "listed_not_cited", "quotation_without_page",
                    "cited_not_listed", "incomplete_entry", "not_alphabetical"}),
         frozenset(Blind51WorkFactory.KINDS), 45, True),
    Pool("blind52", blind52_text, Blind52WorkFactory, 56000, (56014, 56039, 56089),
         frozenset({"year_mismatch", "missing_access_date", "listed_not_cited", "quotation_without_page",
                    "cited_not_listed", "incomplete_entry", "not_alphabetical"}),
         frozenset(Blind52WorkFactory.KINDS), 45, True),
    Pool("blind53", blind53_text, Blind53WorkFactory, 57000, (57170, 57200, 57005),
         frozenset({"year_mismatch", "missing_access_date", "listed_not_cited", "quotation_without_page",
                    "cited_not_listed", "incomplete_entry", "not_alphabetical"}),
         frozenset(Blind53WorkFactory.KINDS), 48, True),
    Pool("blind54", blind54_text, Blind54WorkFactory, 58000, (58026, 58067, 58092),
         frozenset({"year_mismatch", "missing_access_date", "listed_not_cited", "quotation_without_page",
                    "cited_not_listed", "incomplete_entry", "not_alphabetical"}),
         frozenset(Blind54WorkFactory.KINDS), 44, True),
    Pool("blind55", blind55_text, Blind55WorkFactory, 59000, (59006, 59021, 59000),
         frozenset({"year_mismatch", "missing_access_date", "listed_not_cited", "quotation_without_page",
                    "cited_not_listed", "incomplete_entry", "not_alphabetical"}),
         frozenset(Blind55WorkFactory.KINDS), 41, True),
    Pool("blind56", blind56_text, Blind56WorkFactory, 60000, (60031, 60207, 60247),
         frozenset({"year_mismatch", "missing_access_date", "listed_not_cited", "quotation_without_page",
                    "cited_not_listed", "incomplete_entry", "not_alphabetical"}),
         frozenset(Blind56WorkFactory.KINDS), 45, True),
    Pool("blind57", blind57_text, Blind57WorkFactory, 61000, (61176, 61191, 61089),
         frozenset({"year_mismatch", "missing_access_date", "listed_not_cited", "quotation_without_page",
                    "cited_not_listed", "incomplete_entry", "not_alphabetical"}),
         frozenset(Blind57WorkFactory.KINDS), 45, True),
    Pool("blind58", blind58_text, Blind58WorkFactory, 62000, (62071, 62126, 62014),
         frozenset({"year_mismatch", "missing_access_date", "listed_not_cited", "quotation_without_page",
                    "cited_not_listed", "incomplete_entry", "not_alphabetical"}),
         frozenset(Blind58WorkFactory.KINDS), 38, True),
    Pool("blind59", blind59_text, Blind59WorkFactory, 63000, (63015, 63036, 63079),
         frozenset({"year_mismatch", "missing_access_date", "listed_not_cited", "quotation_without_page",
                    "cited_not_listed", "incomplete_entry", "not_alphabetical"}),
         frozenset(Blind59WorkFactory.KINDS), 47, True),
    Pool("blind60", blind60_text, Blind60WorkFactory, 64000, (64032, 64319, 64389),
         frozenset({"year_mismatch", "missing_access_date", "listed_not_cited", "quotation_without_page",
                    "cited_not_listed", "not_alphabetical"}),
         frozenset(Blind60WorkFactory.KINDS), 45, True),
    Pool("blind61", blind61_text, Blind61WorkFactory, 65000, (65024, 65183, 65178),
         frozenset({"year_mismatch", "missing_access_date", "listed_not_cited", "quotation_without_page",
                    "cited_not_listed", "incomplete_entry", "not_alphabetical"}),
         frozenset(Blind61WorkFactory.KINDS), 45, True),
    Pool("blind62", blind62_text, Blind62WorkFactory, 66000, (66034, 66070, 66009),
         frozenset({"year_mismatch", "missing_access_date", "listed_not_cited", "quotation_without_page",
                    "cited_not_listed", "not_alphabetical"}),
         frozenset(Blind62WorkFactory.KINDS), 45, True),
    Pool("blind63", blind63_text, Blind63WorkFactory, 67000, (67007, 67047, 67053),
         frozenset({"missing_access_date", "listed_not_cited", "quotation_without_page", "cited_not_listed",
                    "incomplete_entry", "not_alphabetical"}),
         frozenset(Blind63WorkFactory.KINDS), 45, True),
    Pool("blind64", blind64_text, Blind64WorkFactory, 68000, (68000, 68015, 68086),
         frozenset({"year_mismatch", "missing_access_date", "quotation_without_page", "cited_not_listed",
                    "incomplete_entry", "not_alphabetical"}),
         frozenset(Blind64WorkFactory.KINDS), 44, True),
    Pool("blind65", blind65_text, Blind65WorkFactory, 69000, (69005, 69079, 69029),
         frozenset({"year_mismatch", "missing_access_date", "listed_not_cited", "quotation_without_page",
                    "cited_not_listed", "not_alphabetical"}),
         frozenset(Blind65WorkFactory.KINDS), 44, True),
    Pool("blind66", blind66_text, Blind66WorkFactory, 70000, (70001, 70006, 70007),
         frozenset({"year_mismatch", "missing_access_date", "quotation_without_page", "cited_not_listed",
                    "incomplete_entry", "not_alphabetical"}),
         frozenset(Blind66WorkFactory.KINDS), 40, True),
    Pool("blind67", blind67_text, Blind67WorkFactory, 71000, (71013, 71027, 71031),
         frozenset({"missing_access_date", "listed_not_cited", "quotation_without_page", "cited_not_listed",
                    "incomplete_entry"}),
         frozenset(Blind67WorkFactory.KINDS), 42, True),
    Pool("blind68", blind68_text, Blind68WorkFactory, 72000, (72003, 72011, 72006),
         frozenset({"year_mismatch", "missing_access_date", "listed_not_cited", "cited_not_listed",
                    "incomplete_entry"}),
         frozenset(Blind68WorkFactory.KINDS), 38, True),
    Pool("blind69", blind69_text, Blind69WorkFactory, 73000, (73010, 73029, 73028),
         frozenset({"year_mismatch", "missing_access_date", "quotation_without_page", "cited_not_listed",
                    "incomplete_entry"}),
         frozenset(Blind69WorkFactory.KINDS), 34, True),
    Pool("blind70", blind70_text, Blind70WorkFactory, 74000, (74013, 74025, 74036),
         frozenset({"year_mismatch", "missing_access_date", "listed_not_cited", "quotation_without_page",
                    "cited_not_listed", "incomplete_entry"}),
         frozenset(Blind70WorkFactory.KINDS), 40, True),
    Pool("blind71", blind71_text, Blind71WorkFactory, 75000, (75006, 75008, 75019),
         frozenset({"year_mismatch", "missing_access_date", "listed_not_cited", "quotation_without_page",
                    "cited_not_listed", "not_alphabetical"}),
         frozenset(Blind71WorkFactory.KINDS), 39, True),
    Pool("blind72", blind72_text, Blind72WorkFactory, 76000, (76068, 76130, 76159),
         frozenset({"year_mismatch", "missing_access_date", "listed_not_cited", "quotation_without_page",
                    "cited_not_listed", "incomplete_entry", "not_alphabetical"}),
         frozenset(Blind72WorkFactory.KINDS), 45, True),
    Pool("blind73", blind73_text, Blind73WorkFactory, 77000, (77014, 77006, 77030),
         frozenset({"year_mismatch", "missing_access_date", "listed_not_cited", "quotation_without_page",
                    "cited_not_listed", "not_alphabetical"}),
         frozenset(Blind73WorkFactory.KINDS), 40, True),
    Pool("blind74", blind74_text, Blind74WorkFactory, 78000, (78071, 78085, 78063),
         frozenset({"year_mismatch", "missing_access_date", "listed_not_cited", "quotation_without_page",
                    "cited_not_listed", "incomplete_entry", "not_alphabetical"}),
         frozenset(Blind74WorkFactory.KINDS), 45, True),
    Pool("blind75", blind75_text, Blind75WorkFactory, 79000, (79009, 79038, 79023),
         frozenset({"year_mismatch", "missing_access_date", "listed_not_cited", "quotation_without_page",
                    "cited_not_listed", "incomplete_entry", "not_alphabetical"}),
         frozenset(Blind75WorkFactory.KINDS), 50, True),
    Pool("blind76", blind76_text, Blind76WorkFactory, 80000, (80031, 80039, 80083),
         frozenset({"year_mismatch", "missing_access_date", "listed_not_cited", "quotation_without_page",
                    "cited_not_listed", "incomplete_entry", "not_alphabetical"}),
         frozenset(Blind76WorkFactory.KINDS), 45, True),
    Pool("blind77", blind77_text, Blind77WorkFactory, 81000, (81019, 81054, 81058),
         frozenset({"year_mismatch", "missing_access_date", "listed_not_cited", "quotation_without_page",
                    "incomplete_entry", "not_alphabetical"}),
         frozenset(Blind77WorkFactory.KINDS), 45, True),
    Pool("blind78", blind78_text, Blind78WorkFactory, 82000, (82021, 82026, 82032),
         frozenset({"cited_not_listed", "missing_access_date", "listed_not_cited", "quotation_without_page",
                    "incomplete_entry", "not_alphabetical"}),
         frozenset(Blind78WorkFactory.KINDS), 44, True),
    Pool("blind79", blind79_text, Blind79WorkFactory, 83000, (83006, 83009, 83010),
         frozenset({"year_mismatch", "missing_access_date", "listed_not_cited", "quotation_without_page",
                    "cited_not_listed", "not_alphabetical"}),
         frozenset(Blind79WorkFactory.KINDS), 40, True),
    Pool("blind80", blind80_text, Blind80WorkFactory, 84000, (84015, 84023, 84035),
         frozenset({"year_mismatch", "missing_access_date", "listed_not_cited", "quotation_without_page",
                    "cited_not_listed", "incomplete_entry"}),
         frozenset(Blind80WorkFactory.KINDS), 47, True),
    Pool("blind81", blind81_text, Blind81WorkFactory, 85000, (85020, 85010, 85042),
         frozenset({"year_mismatch", "missing_access_date", "listed_not_cited", "quotation_without_page",
                    "cited_not_listed", "not_alphabetical"}),
         frozenset(Blind81WorkFactory.KINDS), 46, True),
    Pool("blind82", blind82_text, Blind82WorkFactory, 86000, (86000, 86003, 86004),
         frozenset({"incomplete_entry", "listed_not_cited", "missing_access_date", "quotation_without_page",
                    "cited_not_listed", "year_mismatch"}),
         frozenset(Blind82WorkFactory.KINDS), 40, True),
    Pool("blind83", blind83_text, Blind83WorkFactory, 87000, (87006, 87060, 87062),
         frozenset({"year_mismatch", "missing_access_date", "listed_not_cited", "quotation_without_page",
                    "cited_not_listed", "incomplete_entry"}),
         frozenset(Blind83WorkFactory.KINDS), 48, True),
    Pool("blind84", blind84_text, Blind84WorkFactory, 88000, (88005, 88012, 88058),
         frozenset({"year_mismatch", "missing_access_date", "quotation_without_page", "cited_not_listed",
                    "incomplete_entry", "not_alphabetical"}),
         frozenset(Blind84WorkFactory.KINDS), 47, True),
    Pool("blind85", blind85_text, Blind85WorkFactory, 89000, (89007, 89014, 89033),
         frozenset({"year_mismatch", "missing_access_date", "listed_not_cited", "quotation_without_page",
                    "cited_not_listed", "not_alphabetical"}),
         frozenset(Blind85WorkFactory.KINDS), 44, True),
    Pool("blind86", blind86_text, Blind86WorkFactory, 90000, (90007, 90025, 90027),
         frozenset({"listed_not_cited", "not_alphabetical", "quotation_without_page", "cited_not_listed",
                    "missing_access_date", "year_mismatch"}),
         frozenset(Blind86WorkFactory.KINDS), 47, True),
    Pool("blind87", blind87_text, Blind87WorkFactory, 91000, (91001, 91009, 91013),
         frozenset({"missing_access_date", "quotation_without_page", "year_mismatch", "cited_not_listed",
                    "incomplete_entry", "not_alphabetical"}),
         frozenset(Blind87WorkFactory.KINDS), 41, True),
    Pool("blind88", blind88_text, Blind88WorkFactory, 92000, (92004, 92012, 92022),
         frozenset({"listed_not_cited", "missing_access_date", "quotation_without_page", "not_alphabetical",
                    "year_mismatch"}),
         frozenset(Blind88WorkFactory.KINDS), 46, True),
    Pool("blind89", blind89_text, Blind89WorkFactory, 93000, (93000, 93047, 93023),
         frozenset({"cited_not_listed", "listed_not_cited", "missing_access_date", "year_mismatch", "not_alphabetical",
                    "quotation_without_page"}),
         frozenset(Blind89WorkFactory.KINDS), 35, True),
    Pool("blind90", blind90_text, Blind90WorkFactory, 94000, (94000, 94005, 94021),
         frozenset({"incomplete_entry", "missing_access_date", "year_mismatch", "listed_not_cited", "not_alphabetical",
                    "quotation_without_page"}),
         frozenset(Blind90WorkFactory.KINDS), 40, True),
    Pool("blind91", blind91_text, Blind91WorkFactory, 95000, (95014, 95020, 95006),
         frozenset({"cited_not_listed", "listed_not_cited", "missing_access_date", "incomplete_entry",
                    "not_alphabetical", "quotation_without_page"}),
         frozenset(Blind91WorkFactory.KINDS), 40, True),
    Pool("blind92", blind92_text, Blind92WorkFactory, 96000, (96002, 96012, 96019),
         frozenset({"cited_not_listed", "incomplete_entry", "listed_not_cited", "missing_access_date",
                    "quotation_without_page", "year_mismatch"}),
         frozenset(Blind92WorkFactory.KINDS), 45, True),
    Pool("blind93", blind93_text, Blind93WorkFactory, 97000, (97010, 97023, 97039),
         frozenset({"cited_not_listed", "listed_not_cited", "missing_access_date", "not_alphabetical",
                    "quotation_without_page", "year_mismatch"}),
         frozenset(Blind93WorkFactory.KINDS), 45, True),
    Pool("blind94", blind94_text, Blind94WorkFactory, 98000, (98003, 98006, 98000),
         frozenset({"cited_not_listed", "year_mismatch", "listed_not_cited", "not_alphabetical",
                    "quotation_without_page"}),
         frozenset(Blind94WorkFactory.KINDS), 30, True),
    Pool("blind95", blind95_text, Blind95WorkFactory, 99000, (99004, 99007, 99011),
         frozenset({"listed_not_cited", "missing_access_date", "quotation_without_page", "not_alphabetical",
                    "year_mismatch"}),
         frozenset(Blind95WorkFactory.KINDS), 40, True),
    Pool("blind96", blind96_text, Blind96WorkFactory, 100000, (100021, 100032, 100039),
         frozenset({"cited_not_listed", "incomplete_entry", "listed_not_cited", "missing_access_date",
                    "not_alphabetical", "year_mismatch"}),
         frozenset(Blind96WorkFactory.KINDS), 40, True),
    Pool("blind97", blind97_text, Blind97WorkFactory, 101000, (101000, 101029, 101025),
         frozenset({"year_mismatch", "missing_access_date", "listed_not_cited", "quotation_without_page",
                    "cited_not_listed", "incomplete_entry", "not_alphabetical"}),
         frozenset(Blind97WorkFactory.KINDS), 42, True),
    Pool("blind98", blind98_text, Blind98WorkFactory, 102000, (102005, 102022, 102012),
         frozenset({"cited_not_listed", "incomplete_entry", "listed_not_cited", "missing_access_date",
                    "not_alphabetical", "quotation_without_page", "year_mismatch"}),
         frozenset(Blind98WorkFactory.KINDS), 30, True),
    Pool("blind100", blind100_text, Blind100WorkFactory, 104000, (104008, 104024, 104003),
         frozenset({"cited_not_listed", "listed_not_cited", "missing_access_date", "quotation_without_page",
                    "year_mismatch"}),
         frozenset(Blind100WorkFactory.KINDS), 40, True),
    Pool("blind101", blind101_text, Blind101WorkFactory, 105000, (105001, 105003, 105018),
         frozenset({"cited_not_listed", "incomplete_entry", "listed_not_cited", "missing_access_date",
                    "not_alphabetical", "quotation_without_page"}),
         frozenset(Blind101WorkFactory.KINDS), 40, True),
    Pool("blind99", blind99_text, Blind99WorkFactory, 103000, (103035, 103039, 103028),
         frozenset({"cited_not_listed", "incomplete_entry", "missing_access_date", "not_alphabetical",
                    "quotation_without_page", "year_mismatch"}),
         frozenset(Blind99WorkFactory.KINDS), 30, True),
    Pool("blind102", blind102_text, Blind102WorkFactory, 106000, (106006, 106008, 106030),
         frozenset({"cited_not_listed", "incomplete_entry", "missing_access_date", "not_alphabetical",
                    "quotation_without_page", "year_mismatch"}),
         frozenset(Blind102WorkFactory.KINDS), 40, True),
    Pool("blind103", blind103_text, Blind103WorkFactory, 107000, (107014, 107026, 107037),
         frozenset({"cited_not_listed", "incomplete_entry", "missing_access_date", "not_alphabetical",
                    "quotation_without_page", "year_mismatch"}),
         frozenset(Blind103WorkFactory.KINDS), 30, True),
    Pool("blind104", blind104_text, Blind104WorkFactory, 108000, (108001, 108023, 108003),
         frozenset({"cited_not_listed", "incomplete_entry", "missing_access_date", "not_alphabetical",
                    "quotation_without_page", "year_mismatch"}),
         frozenset(Blind104WorkFactory.KINDS), 30, True),
    Pool("blind105", blind105_text, Blind105WorkFactory, 109000, (109008, 109019, 109022),
         frozenset({"cited_not_listed", "incomplete_entry", "missing_access_date", "not_alphabetical",
                    "quotation_without_page", "year_mismatch"}),
         frozenset(Blind105WorkFactory.KINDS), 42, True),
    Pool("blind106", blind106_text, Blind106WorkFactory, 110000, (110001, 110005, 110000),
         frozenset({"cited_not_listed", "incomplete_entry", "missing_access_date", "not_alphabetical",
                    "quotation_without_page", "year_mismatch"}),
         frozenset(Blind106WorkFactory.KINDS), 35, True),
    Pool("blind107", blind107_text, Blind107WorkFactory, 111000, (111007, 111028, 111039),
         frozenset({"cited_not_listed", "incomplete_entry", "missing_access_date", "not_alphabetical",
                    "quotation_without_page", "year_mismatch"}),
         frozenset(Blind107WorkFactory.KINDS), 45, True),
    Pool("blind108", blind108_text, Blind108WorkFactory, 112000, (112010, 112029, 112025),
         frozenset({"cited_not_listed", "incomplete_entry", "listed_not_cited", "missing_access_date",
                    "not_alphabetical", "quotation_without_page", "year_mismatch"}),
         frozenset(Blind108WorkFactory.KINDS), 50, True),
    Pool("blind109", blind109_text, Blind109WorkFactory, 113000, (113004, 113010, 113019),
         frozenset({"cited_not_listed", "incomplete_entry", "missing_access_date", "not_alphabetical",
                    "quotation_without_page", "year_mismatch"}),
         frozenset(Blind109WorkFactory.KINDS), 49, True),
    Pool("blind110", blind110_text, Blind110WorkFactory, 114000, (114021, 114018, 114002),
         frozenset({"incomplete_entry", "listed_not_cited", "missing_access_date", "not_alphabetical",
                    "quotation_without_page", "year_mismatch"}),
         frozenset(Blind110WorkFactory.KINDS), 45, True),
    Pool("blind111", blind111_text, Blind111WorkFactory, 115000, (115007, 115030, 115012),
         frozenset({"cited_not_listed", "listed_not_cited", "missing_access_date", "quotation_without_page",
                    "year_mismatch"}),
         frozenset(Blind111WorkFactory.KINDS), 50, True),
    Pool("blind112", blind112_text, Blind112WorkFactory, 116000, (116020, 116039, 116037),
         frozenset({"cited_not_listed", "incomplete_entry", "listed_not_cited", "missing_access_date",
                    "not_alphabetical", "quotation_without_page"}),
         frozenset(Blind112WorkFactory.KINDS), 50, True),
    Pool("blind113", blind113_text, Blind113WorkFactory, 117000, (117029, 117050, 117059),
         frozenset({"cited_not_listed", "incomplete_entry", "listed_not_cited", "missing_access_date",
                    "not_alphabetical", "quotation_without_page"}),
         frozenset(Blind113WorkFactory.KINDS), 48, True),
    Pool("blind114", blind114_text, Blind114WorkFactory, 118000, (118008, 118016, 118029),
         frozenset({"cited_not_listed", "incomplete_entry", "listed_not_cited", "missing_access_date",
                    "quotation_without_page", "year_mismatch"}),
         frozenset(Blind114WorkFactory.KINDS), 54, True),
    Pool("blind115", blind115_text, Blind115WorkFactory, 119000, (119003, 119015, 119012),
         frozenset({"cited_not_listed", "incomplete_entry", "listed_not_cited", "missing_access_date",
                    "not_alphabetical", "quotation_without_page", "year_mismatch"}),
         frozenset(Blind115WorkFactory.KINDS), 47, True),
    Pool("blind116", blind116_text, Blind116WorkFactory, 120000, (120016, 120018, 120019),
         frozenset({"cited_not_listed", "incomplete_entry", "listed_not_cited", "missing_access_date",
                    "quotation_without_page", "year_mismatch"}),
         frozenset(Blind116WorkFactory.KINDS), 50, True),
    Pool("blind117", blind117_text, Blind117WorkFactory, 121000, (121007, 121017, 121013),
         frozenset({"cited_not_listed", "listed_not_cited", "missing_access_date", "not_alphabetical",
                    "quotation_without_page", "year_mismatch"}),
         frozenset(Blind117WorkFactory.KINDS), 54, True),
    Pool("blind118", blind118_text, Blind118WorkFactory, 122000, (122003, 122010, 122037),
         frozenset({"cited_not_listed", "incomplete_entry", "listed_not_cited", "not_alphabetical",
                    "quotation_without_page", "year_mismatch"}),
         frozenset(Blind118WorkFactory.KINDS), 60, True),
    Pool("blind119", blind119_text, Blind119WorkFactory, 123000, (123002, 123011, 123038),
         frozenset({"cited_not_listed", "incomplete_entry", "listed_not_cited", "missing_access_date",
                    "not_alphabetical", "quotation_without_page", "year_mismatch"}),
         frozenset(Blind119WorkFactory.KINDS), 52, True),
    Pool("blind120", blind120_text, Blind120WorkFactory, 124000, (124009, 124019, 124016),
         frozenset({"cited_not_listed", "incomplete_entry", "listed_not_cited", "missing_access_date",
                    "not_alphabetical", "quotation_without_page", "year_mismatch"}),
         frozenset(Blind120WorkFactory.KINDS), 47, True),
    Pool("blind121", blind121_text, Blind121WorkFactory, 125000, (125011, 125002, 125001),
         frozenset({"incomplete_entry", "listed_not_cited", "missing_access_date", "not_alphabetical",
                    "quotation_without_page", "year_mismatch"}),
         frozenset(Blind121WorkFactory.KINDS), 45, True),
    Pool("blind122", blind122_text, Blind122WorkFactory, 126000, (126003, 126014, 126006),
         frozenset({"cited_not_listed", "incomplete_entry", "listed_not_cited", "missing_access_date",
                    "not_alphabetical", "quotation_without_page"}),
         frozenset(Blind122WorkFactory.KINDS), 46, True),
    Pool("blind123", blind123_text, Blind123WorkFactory, 127000, (127039, 127027, 127017),
         frozenset({"cited_not_listed", "listed_not_cited", "missing_access_date", "not_alphabetical",
                    "quotation_without_page", "year_mismatch"}),
         frozenset(Blind123WorkFactory.KINDS), 52, True),
    Pool("blind124", blind124_text, Blind124WorkFactory, 128000, (128037, 128030, 128000),
         frozenset({"cited_not_listed", "incomplete_entry", "listed_not_cited", "missing_access_date",
                    "not_alphabetical", "quotation_without_page"}),
         frozenset(Blind124WorkFactory.KINDS), 45, True),
    Pool("blind125", blind125_text, Blind125WorkFactory, 129000, (129003, 129029, 129032),
         frozenset({"cited_not_listed", "incomplete_entry", "listed_not_cited", "missing_access_date",
                    "not_alphabetical", "quotation_without_page", "year_mismatch"}),
         frozenset(Blind125WorkFactory.KINDS), 52, True),
    Pool("blind126", blind126_text, Blind126WorkFactory, 130000, (130024, 130034, 130003),
         frozenset({"cited_not_listed", "incomplete_entry", "listed_not_cited", "not_alphabetical", "year_mismatch"}),
         frozenset(Blind126WorkFactory.KINDS), 47, True),
    Pool("blind127", blind127_text, Blind127WorkFactory, 131000, (131009, 131018, 131012),
         frozenset({"cited_not_listed", "incomplete_entry", "missing_access_date", "not_alphabetical",
                    "quotation_without_page", "year_mismatch"}),
         frozenset(Blind127WorkFactory.KINDS), 48, True),
    Pool("blind128", blind128_text, Blind128WorkFactory, 132000, (132007, 132009, 132035),
         frozenset({"cited_not_listed", "incomplete_entry", "missing_access_date", "not_alphabetical",
                    "quotation_without_page", "year_mismatch"}),
         frozenset(Blind128WorkFactory.KINDS), 48, True),
    Pool("blind129", blind129_text, Blind129WorkFactory, 133000, (133023, 133035, 133039),
         frozenset({"cited_not_listed", "incomplete_entry", "listed_not_cited", "missing_access_date",
                    "not_alphabetical", "year_mismatch"}),
         frozenset(Blind129WorkFactory.KINDS), 47, True),
    Pool("blind130", blind130_text, Blind130WorkFactory, 134000, (134005, 134009, 134011),
         frozenset({"cited_not_listed", "incomplete_entry", "listed_not_cited", "missing_access_date",
                    "not_alphabetical", "quotation_without_page", "year_mismatch"}),
         frozenset(Blind130WorkFactory.KINDS), 52, True),
    Pool("blind131", blind131_text, Blind131WorkFactory, 135000, (135026, 135027, 135030),
         frozenset({"cited_not_listed", "listed_not_cited", "missing_access_date", "not_alphabetical",
                    "quotation_without_page", "year_mismatch"}),
         frozenset(Blind131WorkFactory.KINDS), 49, True),
    Pool("blind133", blind133_text, Blind133WorkFactory, 137000, (137011, 137024, 137007),
         frozenset({"cited_not_listed", "incomplete_entry", "listed_not_cited", "missing_access_date",
                    "quotation_without_page", "year_mismatch"}),
         frozenset(Blind133WorkFactory.KINDS), 44, True),
    Pool("blind134", blind134_text, Blind134WorkFactory, 138000, (138002, 138020, 138032),
         frozenset({"cited_not_listed", "incomplete_entry", "listed_not_cited", "missing_access_date",
                    "not_alphabetical", "year_mismatch"}),
         frozenset(Blind134WorkFactory.KINDS), 46, True),
    Pool("blind132", blind132_text, Blind132WorkFactory, 136000, (136001, 136014, 136026),
         frozenset({"cited_not_listed", "listed_not_cited", "missing_access_date", "not_alphabetical",
                    "quotation_without_page", "year_mismatch"}),
         frozenset(Blind132WorkFactory.KINDS), 50, True),
    Pool("blind135", blind135_text, Blind135WorkFactory, 139000, (139000, 139037, 139038),
         frozenset({"cited_not_listed", "incomplete_entry", "listed_not_cited", "missing_access_date",
                    "not_alphabetical", "quotation_without_page"}),
         frozenset(Blind135WorkFactory.KINDS), 51, True),
    Pool("blind136", blind136_text, Blind136WorkFactory, 140000, (140009, 140011, 140014),
         frozenset({"cited_not_listed", "listed_not_cited", "missing_access_date", "not_alphabetical",
                    "quotation_without_page", "year_mismatch"}),
         frozenset(Blind136WorkFactory.KINDS), 45, True),
    Pool("blind137", blind137_text, Blind137WorkFactory, 141000, (141023, 141033, 141034),
         frozenset({"cited_not_listed", "incomplete_entry", "missing_access_date", "not_alphabetical",
                    "quotation_without_page", "year_mismatch"}),
         frozenset(Blind137WorkFactory.KINDS), 49, True),
    Pool("blind138", blind138_text, Blind138WorkFactory, 142000, (142005, 142037, 142038),
         frozenset({"cited_not_listed", "incomplete_entry", "listed_not_cited", "missing_access_date",
                    "quotation_without_page", "year_mismatch"}),
         frozenset(Blind138WorkFactory.KINDS), 47, True),
    Pool("blind139", blind139_text, Blind139WorkFactory, 143000, (143014, 143018, 143020),
         frozenset({"cited_not_listed", "incomplete_entry", "listed_not_cited", "missing_access_date",
                    "not_alphabetical", "year_mismatch"}),
         frozenset(Blind139WorkFactory.KINDS), 46, True),
    Pool("blind140", blind140_text, Blind140WorkFactory, 144000, (144013, 144016, 144017),
         frozenset({"cited_not_listed", "incomplete_entry", "listed_not_cited", "missing_access_date",
                    "not_alphabetical", "year_mismatch"}),
         frozenset(Blind140WorkFactory.KINDS), 44, True),
    Pool("blind141", blind141_text, Blind141WorkFactory, 145000, (145019, 145025, 145033),
         frozenset({"cited_not_listed", "incomplete_entry", "listed_not_cited", "missing_access_date",
                    "not_alphabetical", "year_mismatch"}),
         frozenset(Blind141WorkFactory.KINDS), 49, True),
    Pool("blind142", blind142_text, Blind142WorkFactory, 146000, (146038, 146028, 146001),
         frozenset({"cited_not_listed", "listed_not_cited", "missing_access_date", "not_alphabetical",
                    "quotation_without_page", "year_mismatch"}),
         frozenset(Blind142WorkFactory.KINDS), 39, True),
    Pool("blind143", blind143_text, Blind143WorkFactory, 147000, (147013, 147017, 147021),
         frozenset({"cited_not_listed", "listed_not_cited", "missing_access_date", "not_alphabetical",
                    "quotation_without_page", "year_mismatch"}),
         frozenset(Blind143WorkFactory.KINDS), 48, True),
    Pool("blind144", blind144_text, Blind144WorkFactory, 148000, (148017, 148024, 148025),
         frozenset({"cited_not_listed", "listed_not_cited", "missing_access_date", "not_alphabetical",
                    "quotation_without_page", "year_mismatch"}),
         frozenset(Blind144WorkFactory.KINDS), 57, True),
    Pool("blind145", blind145_text, Blind145WorkFactory, 149000, (149003, 149015, 149029),
         frozenset({"incomplete_entry", "listed_not_cited", "missing_access_date", "not_alphabetical",
                    "quotation_without_page"}),
         frozenset(Blind145WorkFactory.KINDS), 50, True),
    Pool("blind146", blind146_text, Blind146WorkFactory, 150000, (150009, 150015, 150012),
         frozenset({"cited_not_listed", "incomplete_entry", "listed_not_cited", "not_alphabetical",
                    "quotation_without_page", "year_mismatch"}),
         frozenset(Blind146WorkFactory.KINDS), 46, True),
    Pool("blind147", blind147_text, Blind147WorkFactory, 151000, (151002, 151022, 151013),
         frozenset({"cited_not_listed", "incomplete_entry", "listed_not_cited", "missing_access_date",
                    "quotation_without_page", "year_mismatch"}),
         frozenset(Blind147WorkFactory.KINDS), 46, True),
    Pool("blind148", blind148_text, Blind148WorkFactory, 152000, (152016, 152035, 152002),
         frozenset({"cited_not_listed", "listed_not_cited", "missing_access_date", "quotation_without_page",
                    "year_mismatch"}),
         frozenset(Blind148WorkFactory.KINDS), 52, True),
    Pool("blind149", blind149_text, Blind149WorkFactory, 153000, (153030, 153002, 153038),
         frozenset({"cited_not_listed", "incomplete_entry", "listed_not_cited", "missing_access_date",
                    "not_alphabetical", "quotation_without_page", "year_mismatch"}),
         frozenset(Blind149WorkFactory.KINDS), 48, True),
    Pool("blind150", blind150_text, Blind150WorkFactory, 154000, (154002, 154005, 154023),
         frozenset({"incomplete_entry", "listed_not_cited", "missing_access_date", "not_alphabetical",
                    "quotation_without_page", "year_mismatch"}),
         frozenset(Blind150WorkFactory.KINDS), 51, True),
    Pool("blind151", blind151_text, Blind151WorkFactory, 155000, (155023, 155024, 155011),
         frozenset({"cited_not_listed", "incomplete_entry", "listed_not_cited", "missing_access_date",
                    "not_alphabetical", "quotation_without_page"}),
         frozenset(Blind151WorkFactory.KINDS), 45, True),
    Pool("blind152", blind152_text, Blind152WorkFactory, 156000, (156034, 156017, 156026),
         frozenset({"cited_not_listed", "incomplete_entry", "missing_access_date", "not_alphabetical",
                    "quotation_without_page", "year_mismatch"}),
         frozenset(Blind152WorkFactory.KINDS), 48, True),
    Pool("blind153", blind153_text, Blind153WorkFactory, 157000, (157015, 157006, 157018),
         frozenset({"cited_not_listed", "incomplete_entry", "missing_access_date", "not_alphabetical",
                    "quotation_without_page", "year_mismatch"}),
         frozenset(Blind153WorkFactory.KINDS), 46, True),
    Pool("blind154", blind154_text, Blind154WorkFactory, 158000, (158003, 158016, 158012),
         frozenset({"incomplete_entry", "listed_not_cited", "missing_access_date", "not_alphabetical",
                    "quotation_without_page", "year_mismatch"}),
         frozenset(Blind154WorkFactory.KINDS), 46, True),
    Pool("blind155", blind155_text, Blind155WorkFactory, 159000, (159004, 159024, 159001),
         frozenset({"cited_not_listed", "listed_not_cited", "missing_access_date", "not_alphabetical",
                    "quotation_without_page", "year_mismatch"}),
         frozenset(Blind155WorkFactory.KINDS), 50, True),
    Pool("blind156", blind156_text, Blind156WorkFactory, 160000, (160002, 160018, 160036),
         frozenset({"cited_not_listed", "incomplete_entry", "missing_access_date", "not_alphabetical",
                    "quotation_without_page", "year_mismatch"}),
         frozenset(Blind156WorkFactory.KINDS), 54, True),
    Pool("blind157", blind157_text, Blind157WorkFactory, 161000, (161001, 161029, 161036),
         frozenset({"cited_not_listed", "incomplete_entry", "listed_not_cited", "missing_access_date",
                    "quotation_without_page", "year_mismatch"}),
         frozenset(Blind157WorkFactory.KINDS), 53, True),
    Pool("blind158", blind158_text, Blind158WorkFactory, 162000, (162041, 162042, 162046),
         frozenset({"cited_not_listed", "incomplete_entry", "listed_not_cited", "missing_access_date",
                    "not_alphabetical", "quotation_without_page", "year_mismatch"}),
         frozenset(Blind158WorkFactory.KINDS), 50, True),
    Pool("blind159", blind159_text, Blind159WorkFactory, 163000, (163020, 163004, 163029),
         frozenset({"cited_not_listed", "incomplete_entry", "listed_not_cited", "missing_access_date",
                    "not_alphabetical", "quotation_without_page"}),
         frozenset(Blind159WorkFactory.KINDS), 47, True),
    Pool("blind160", blind160_text, Blind160WorkFactory, 164000, (164000, 164038, 164012),
         frozenset({"cited_not_listed", "incomplete_entry", "listed_not_cited", "missing_access_date",
                    "quotation_without_page", "year_mismatch"}),
         frozenset(Blind160WorkFactory.KINDS), 55, True),
    Pool("blind161", blind161_text, Blind161WorkFactory, 165000, (165017, 165032, 165057),
         frozenset({"cited_not_listed", "listed_not_cited", "missing_access_date", "not_alphabetical",
                    "quotation_without_page", "year_mismatch"}),
         frozenset(Blind161WorkFactory.KINDS), 60, True),
    Pool("blind162", blind162_text, Blind162WorkFactory, 166000, (166009, 166017, 166044),
         frozenset({"incomplete_entry", "listed_not_cited", "missing_access_date", "not_alphabetical",
                    "quotation_without_page", "year_mismatch"}),
         frozenset(Blind162WorkFactory.KINDS), 51, True),
    Pool("blind163", blind163_text, Blind163WorkFactory, 167000, (167001, 167020, 167029),
         frozenset({"cited_not_listed", "incomplete_entry", "listed_not_cited", "missing_access_date",
                    "not_alphabetical", "year_mismatch"}),
         frozenset(Blind163WorkFactory.KINDS), 50, True),
    Pool("blind164", blind164_text, Blind164WorkFactory, 168000, (168037, 168008, 168025),
         frozenset({"cited_not_listed", "incomplete_entry", "listed_not_cited", "missing_access_date",
                    "not_alphabetical", "quotation_without_page", "year_mismatch"}),
         frozenset(Blind164WorkFactory.KINDS), 50, True),
    Pool("blind165", blind165_text, Blind165WorkFactory, 169000, (169026, 169014, 169038),
         frozenset({"cited_not_listed", "listed_not_cited", "missing_access_date", "not_alphabetical",
                    "quotation_without_page", "year_mismatch"}),
         frozenset(Blind165WorkFactory.KINDS), 49, True),
    Pool("blind166", blind166_text, Blind166WorkFactory, 170000, (170001, 170036, 170008),
         frozenset({"cited_not_listed", "incomplete_entry", "listed_not_cited", "missing_access_date",
                    "quotation_without_page", "year_mismatch"}),
         frozenset(Blind166WorkFactory.KINDS), 52, True),
    Pool("blind167", blind167_text, Blind167WorkFactory, 171000, (171032, 171028, 171042),
         frozenset({"incomplete_entry", "listed_not_cited", "missing_access_date", "not_alphabetical",
                    "quotation_without_page", "year_mismatch"}),
         frozenset(Blind167WorkFactory.KINDS), 49, True),
    Pool("blind168", blind168_text, Blind168WorkFactory, 172000, (172013, 172020, 172009),
         frozenset({"cited_not_listed", "incomplete_entry", "listed_not_cited", "missing_access_date",
                    "quotation_without_page", "year_mismatch"}),
         frozenset(Blind168WorkFactory.KINDS), 48, True),
    Pool("blind169", blind169_text, Blind169WorkFactory, 173000, (173015, 173054, 173011),
         frozenset({"cited_not_listed", "incomplete_entry", "missing_access_date", "not_alphabetical",
                    "quotation_without_page", "year_mismatch"}),
         frozenset(Blind169WorkFactory.KINDS), 56, True),
    Pool("blind170", blind170_text, Blind170WorkFactory, 174000, (174012, 174013, 174018),
         frozenset({"incomplete_entry", "listed_not_cited", "missing_access_date", "not_alphabetical",
                    "quotation_without_page", "year_mismatch"}),
         frozenset(Blind170WorkFactory.KINDS), 48, True),
    Pool("blind171", blind171_text, Blind171WorkFactory, 175000, (175003, 175013, 175035),
         frozenset({"cited_not_listed", "listed_not_cited", "missing_access_date", "not_alphabetical",
                    "quotation_without_page", "year_mismatch"}),
         frozenset(Blind171WorkFactory.KINDS), 47, True),
    Pool("blind172", blind172_text, Blind172WorkFactory, 176000, (176022, 176035, 176029),
         frozenset({"cited_not_listed", "incomplete_entry", "missing_access_date", "not_alphabetical",
                    "quotation_without_page", "year_mismatch"}),
         frozenset(Blind172WorkFactory.KINDS), 55, True),
    Pool("blind173", blind173_text, Blind173WorkFactory, 177000, (177000, 177031, 177001),
         frozenset({"cited_not_listed", "incomplete_entry", "listed_not_cited", "missing_access_date",
                    "quotation_without_page", "year_mismatch"}),
         frozenset(Blind173WorkFactory.KINDS), 43, True),
    Pool("blind174", blind174_text, Blind174WorkFactory, 178000, (178030, 178026, 178002),
         frozenset({"cited_not_listed", "incomplete_entry", "listed_not_cited", "missing_access_date",
                    "not_alphabetical", "year_mismatch"}),
         frozenset(Blind174WorkFactory.KINDS), 45, True),
    Pool("blind175", blind175_text, Blind175WorkFactory, 179000, (179052, 179028, 179012),
         frozenset({"cited_not_listed", "incomplete_entry", "listed_not_cited", "missing_access_date",
                    "not_alphabetical", "quotation_without_page", "year_mismatch"}),
         frozenset(Blind175WorkFactory.KINDS), 51, True),
    Pool("blind176", blind176_text, Blind176WorkFactory, 180000, (180005, 180015, 180041),
         frozenset({"cited_not_listed", "incomplete_entry", "missing_access_date", "not_alphabetical",
                    "quotation_without_page", "year_mismatch"}),
         frozenset(Blind176WorkFactory.KINDS), 58, True),
    Pool("blind177", blind177_text, Blind177WorkFactory, 181000, (181005, 181018, 181010),
         frozenset({"cited_not_listed", "listed_not_cited", "missing_access_date", "not_alphabetical",
                    "quotation_without_page", "year_mismatch"}),
         frozenset(Blind177WorkFactory.KINDS), 50, True),
    Pool("blind178", blind178_text, Blind178WorkFactory, 182000, (182007, 182024, 182031),
         frozenset({"cited_not_listed", "incomplete_entry", "listed_not_cited", "missing_access_date",
                    "quotation_without_page", "year_mismatch"}),
         frozenset(Blind178WorkFactory.KINDS), 51, True),
    Pool("blind179", blind179_text, Blind179WorkFactory, 183000, (183040, 183030, 183003),
         frozenset({"cited_not_listed", "incomplete_entry", "listed_not_cited", "missing_access_date",
                    "not_alphabetical", "quotation_without_page", "year_mismatch"}),
         frozenset(Blind179WorkFactory.KINDS), 47, True),
    Pool("blind180", blind180_text, Blind180WorkFactory, 184000, (184010, 184014, 184019),
         frozenset({"cited_not_listed", "incomplete_entry", "listed_not_cited", "missing_access_date",
                    "not_alphabetical", "quotation_without_page"}),
         frozenset(Blind180WorkFactory.KINDS), 48, True),
    Pool("blind181", blind181_text, Blind181WorkFactory, 185000, (185030, 185025, 185003),
         frozenset({"incomplete_entry", "listed_not_cited", "missing_access_date", "not_alphabetical",
                    "quotation_without_page", "year_mismatch"}),
         frozenset(Blind181WorkFactory.KINDS), 40, True),
    Pool("blind182", blind182_text, Blind182WorkFactory, 186000, (186005, 186008, 186017),
         frozenset({"cited_not_listed", "listed_not_cited", "missing_access_date", "not_alphabetical",
                    "quotation_without_page", "year_mismatch"}),
         frozenset(Blind182WorkFactory.KINDS), 54, True),
    Pool("blind183", blind183_text, Blind183WorkFactory, 187000, (187020, 187015, 187022),
         frozenset({"cited_not_listed", "listed_not_cited", "missing_access_date", "not_alphabetical",
                    "quotation_without_page", "year_mismatch"}),
         frozenset(Blind183WorkFactory.KINDS), 49, True),
    Pool("blind184", blind184_text, Blind184WorkFactory, 188000, (188022, 188020, 188032),
         frozenset({"cited_not_listed", "incomplete_entry", "listed_not_cited", "missing_access_date",
                    "not_alphabetical", "quotation_without_page", "year_mismatch"}),
         frozenset(Blind184WorkFactory.KINDS), 49, True),
    Pool("blind185", blind185_text, Blind185WorkFactory, 189000, (189005, 189007, 189000),
         frozenset({"cited_not_listed", "listed_not_cited", "missing_access_date", "not_alphabetical",
                    "quotation_without_page", "year_mismatch"}),
         frozenset(Blind185WorkFactory.KINDS), 43, True),
    Pool("blind186", blind186_text, Blind186WorkFactory, 190000, (190030, 190039, 190000),
         frozenset({"cited_not_listed", "missing_access_date", "not_alphabetical", "quotation_without_page",
                    "year_mismatch"}),
         frozenset(Blind186WorkFactory.KINDS), 45, True),
    Pool("blind187", blind187_text, Blind187WorkFactory, 191000, (191048, 191069, 191055),
         frozenset({"cited_not_listed", "incomplete_entry", "listed_not_cited", "missing_access_date",
                    "not_alphabetical", "quotation_without_page", "year_mismatch"}),
         frozenset(Blind187WorkFactory.KINDS), 53, True),
    Pool("blind188", blind188_text, Blind188WorkFactory, 192000, (192039, 192038, 192002),
         frozenset({"cited_not_listed", "incomplete_entry", "listed_not_cited", "missing_access_date",
                    "quotation_without_page", "year_mismatch"}),
         frozenset(Blind188WorkFactory.KINDS), 43, True),
    Pool("blind189", blind189_text, Blind189WorkFactory, 193000, (193008, 193017, 193022),
         frozenset({"cited_not_listed", "listed_not_cited", "missing_access_date", "not_alphabetical",
                    "quotation_without_page", "year_mismatch"}),
         frozenset(Blind189WorkFactory.KINDS), 52, True),
    Pool("blind190", blind190_text, Blind190WorkFactory, 194000, (194046, 194015, 194006),
         frozenset({"cited_not_listed", "incomplete_entry", "listed_not_cited", "missing_access_date",
                    "quotation_without_page", "year_mismatch"}),
         frozenset(Blind190WorkFactory.KINDS), 56, True),
    Pool("blind191", blind191_text, Blind191WorkFactory, 195000, (195012, 195019, 195000),
         frozenset({"cited_not_listed", "incomplete_entry", "listed_not_cited", "not_alphabetical",
                    "year_mismatch"}),
         frozenset(Blind191WorkFactory.KINDS), 51, True),
    Pool("blind192", blind192_text, Blind192WorkFactory, 196000, (196004, 196013, 196016),
         frozenset({"cited_not_listed", "listed_not_cited", "missing_access_date", "not_alphabetical",
                    "quotation_without_page", "year_mismatch"}),
         frozenset(Blind192WorkFactory.KINDS), 47, True),
    Pool("blind193", blind193_text, Blind193WorkFactory, 197000, (197027, 197029, 197016),
         frozenset({"cited_not_listed", "incomplete_entry", "missing_access_date", "not_alphabetical",
                    "year_mismatch"}),
         frozenset(Blind193WorkFactory.KINDS), 54, True),
    Pool("blind194", blind194_text, Blind194WorkFactory, 198000, (198026, 198014, 198018),
         frozenset({"cited_not_listed", "incomplete_entry", "listed_not_cited", "not_alphabetical",
                    "quotation_without_page", "year_mismatch"}),
         frozenset(Blind194WorkFactory.KINDS), 45, True),
    Pool("blind195", blind195_text, Blind195WorkFactory, 199000, (199030, 199038, 199009),
         frozenset({"cited_not_listed", "incomplete_entry", "listed_not_cited", "missing_access_date",
                    "not_alphabetical", "quotation_without_page", "year_mismatch"}),
         frozenset(Blind195WorkFactory.KINDS), 54, True),
    Pool("blind196", blind196_text, Blind196WorkFactory, 200000, (200013, 200028, 200006),
         frozenset({"cited_not_listed", "incomplete_entry", "missing_access_date", "not_alphabetical",
                    "quotation_without_page", "year_mismatch"}),
         frozenset(Blind196WorkFactory.KINDS), 49, True),
    Pool("blind197", blind197_text, Blind197WorkFactory, 201000, (201000, 201034, 201024),
         frozenset({"cited_not_listed", "incomplete_entry", "listed_not_cited", "missing_access_date",
                    "not_alphabetical", "quotation_without_page"}),
         frozenset(Blind197WorkFactory.KINDS), 48, True),
    Pool("blind198", blind198_text, Blind198WorkFactory, 202000, (202014, 202033, 202003),
         frozenset({"cited_not_listed", "incomplete_entry", "listed_not_cited", "missing_access_date",
                    "quotation_without_page", "year_mismatch"}),
         frozenset(Blind198WorkFactory.KINDS), 45, True),
    Pool("blind199", blind199_text, Blind199WorkFactory, 203000, (203024, 203023, 203009),
         frozenset({"cited_not_listed", "incomplete_entry", "listed_not_cited", "missing_access_date",
                    "quotation_without_page", "year_mismatch"}),
         frozenset(Blind199WorkFactory.KINDS), 55, True),
    Pool("blind200", blind200_text, Blind200WorkFactory, 204000, (204000, 204021, 204027),
         frozenset({"cited_not_listed", "listed_not_cited", "missing_access_date", "not_alphabetical",
                    "quotation_without_page", "year_mismatch"}),
         frozenset(Blind200WorkFactory.KINDS), 47, True),
    Pool("blind201", blind201_text, Blind201WorkFactory, 205000, (205005, 205020, 205025),
         frozenset({"cited_not_listed", "incomplete_entry", "listed_not_cited", "missing_access_date",
                    "quotation_without_page", "year_mismatch"}),
         frozenset(Blind201WorkFactory.KINDS), 48, True),
    Pool("blind202", blind202_text, Blind202WorkFactory, 206000, (206023, 206031, 206097),
         frozenset({"incomplete_entry", "listed_not_cited", "missing_access_date", "not_alphabetical",
                    "quotation_without_page", "year_mismatch"}),
         frozenset(Blind202WorkFactory.KINDS), 53, True),
    Pool("blind203", blind203_text, Blind203WorkFactory, 207000, (207005, 207023, 207030),
         frozenset({"incomplete_entry", "listed_not_cited", "missing_access_date", "not_alphabetical",
                    "quotation_without_page", "year_mismatch"}),
         frozenset(Blind203WorkFactory.KINDS), 49, True),
    Pool("blind204", blind204_text, Blind204WorkFactory, 208000, (208004, 208025, 208053),
         frozenset({"cited_not_listed", "listed_not_cited", "missing_access_date", "not_alphabetical",
                    "quotation_without_page", "year_mismatch"}),
         frozenset(Blind204WorkFactory.KINDS), 46, True),
    Pool("blind205", blind205_text, Blind205WorkFactory, 209000, (209003, 209035, 209041),
         frozenset({"cited_not_listed", "incomplete_entry", "listed_not_cited", "missing_access_date",
                    "not_alphabetical", "quotation_without_page"}),
         frozenset(Blind205WorkFactory.KINDS), 47, True),
    Pool("blind206", blind206_text, Blind206WorkFactory, 210000, (210013, 210016, 210026),
         frozenset({"cited_not_listed", "incomplete_entry", "listed_not_cited", "missing_access_date",
                    "quotation_without_page", "year_mismatch"}),
         frozenset(Blind206WorkFactory.KINDS), 46, True),
    Pool("blind207", blind207_text, Blind207WorkFactory, 211000, (211067, 211093, 211094),
         frozenset({"cited_not_listed", "listed_not_cited", "missing_access_date", "not_alphabetical",
                    "quotation_without_page", "year_mismatch"}),
         frozenset(Blind207WorkFactory.KINDS), 51, True),
    Pool("blind208", blind208_text, Blind208WorkFactory, 212000, (212001, 212031, 212058),
         frozenset({"cited_not_listed", "listed_not_cited", "missing_access_date", "not_alphabetical",
                    "quotation_without_page", "year_mismatch"}),
         frozenset(Blind208WorkFactory.KINDS), 49, True),
    Pool("blind209", blind209_text, Blind209WorkFactory, 213000, (213002, 213041, 213049),
         frozenset({"cited_not_listed", "incomplete_entry", "listed_not_cited", "not_alphabetical",
                    "quotation_without_page", "year_mismatch"}),
         frozenset(Blind209WorkFactory.KINDS), 52, True),
    Pool("blind210", blind210_text, Blind210WorkFactory, 214000, (214000, 214017, 214044),
         frozenset({"cited_not_listed", "incomplete_entry", "listed_not_cited", "missing_access_date",
                    "not_alphabetical", "quotation_without_page"}),
         frozenset(Blind210WorkFactory.KINDS), 47, True),
    Pool("blind211", blind211_text, Blind211WorkFactory, 215000, (215000, 215039, 215045),
         frozenset({"cited_not_listed", "incomplete_entry", "listed_not_cited", "not_alphabetical",
                    "quotation_without_page", "year_mismatch"}),
         frozenset(Blind211WorkFactory.KINDS), 43, True),
    Pool("blind212", blind212_text, Blind212WorkFactory, 216000, (216007, 216016, 216020),
         frozenset({"cited_not_listed", "incomplete_entry", "listed_not_cited", "not_alphabetical",
                    "quotation_without_page", "year_mismatch"}),
         frozenset(Blind212WorkFactory.KINDS), 51, True),
    Pool("blind213", blind213_text, Blind213WorkFactory, 217000, (217003, 217019, 217044),
         frozenset({"cited_not_listed", "incomplete_entry", "missing_access_date", "not_alphabetical",
                    "quotation_without_page", "year_mismatch"}),
         frozenset(Blind213WorkFactory.KINDS), 49, True),
    Pool("blind214", blind214_text, Blind214WorkFactory, 218000, (218008, 218017, 218052),
         frozenset({"incomplete_entry", "listed_not_cited", "missing_access_date", "not_alphabetical",
                    "quotation_without_page", "year_mismatch"}),
         frozenset(Blind214WorkFactory.KINDS), 49, True),
    Pool("blind215", blind215_text, Blind215WorkFactory, 219000, (219013, 219035, 219041),
         frozenset({"cited_not_listed", "incomplete_entry", "listed_not_cited", "not_alphabetical",
                    "quotation_without_page", "year_mismatch"}),
         frozenset(Blind215WorkFactory.KINDS), 47, True),
    Pool("blind216", blind216_text, Blind216WorkFactory, 220000, (220056, 220059, 220032),
         frozenset({"cited_not_listed", "incomplete_entry", "missing_access_date", "not_alphabetical",
                    "quotation_without_page", "year_mismatch"}),
         frozenset(Blind216WorkFactory.KINDS), 46, True),
    Pool("blind217", blind217_text, Blind217WorkFactory, 221000, (221053, 221059, 221085),
         frozenset({"cited_not_listed", "incomplete_entry", "listed_not_cited", "not_alphabetical",
                    "quotation_without_page", "year_mismatch"}),
         frozenset(Blind217WorkFactory.KINDS), 50, True),
    Pool("blind218", blind218_text, Blind218WorkFactory, 222000, (222008, 222021, 222048),
         frozenset({"cited_not_listed", "incomplete_entry", "missing_access_date", "not_alphabetical",
                    "quotation_without_page", "year_mismatch"}),
         frozenset(Blind218WorkFactory.KINDS), 50, True),
    Pool("blind219", blind219_text, Blind219WorkFactory, 223000, (223041, 223078, 223095),
         frozenset({"incomplete_entry", "listed_not_cited", "missing_access_date", "not_alphabetical",
                    "quotation_without_page", "year_mismatch"}),
         frozenset(Blind219WorkFactory.KINDS), 50, True),
    Pool("blind220", blind220_text, Blind220WorkFactory, 224000, (224000, 224019, 224033),
         frozenset({"cited_not_listed", "incomplete_entry", "missing_access_date", "not_alphabetical",
                    "quotation_without_page", "year_mismatch"}),
         frozenset(Blind220WorkFactory.KINDS), 53, True),
    Pool("blind221", blind221_text, Blind221WorkFactory, 225000, (225013, 225094, 225048),
         frozenset({"cited_not_listed", "incomplete_entry", "listed_not_cited", "not_alphabetical",
                    "quotation_without_page", "year_mismatch"}),
         frozenset(Blind221WorkFactory.KINDS), 49, True),
    Pool("blind222", blind222_text, Blind222WorkFactory, 226000, (226064, 226072, 226091),
         frozenset({"cited_not_listed", "incomplete_entry", "listed_not_cited", "not_alphabetical",
                    "quotation_without_page", "year_mismatch"}),
         frozenset(Blind222WorkFactory.KINDS), 50, True),
    Pool("blind223", blind223_text, Blind223WorkFactory, 227000, (227005, 227018, 227024),
         frozenset({"cited_not_listed", "incomplete_entry", "listed_not_cited", "missing_access_date",
                    "not_alphabetical", "year_mismatch"}),
         frozenset(Blind223WorkFactory.KINDS), 50, True),
    Pool("blind224", blind224_text, Blind224WorkFactory, 228000, (228016, 228021, 228046),
         frozenset({"cited_not_listed", "incomplete_entry", "listed_not_cited", "not_alphabetical",
                    "quotation_without_page", "year_mismatch"}),
         frozenset(Blind224WorkFactory.KINDS), 49, True),
    Pool("blind225", blind225_text, Blind225WorkFactory, 229000, (229029, 229048, 229051),
         frozenset({"cited_not_listed", "listed_not_cited", "missing_access_date", "not_alphabetical",
                    "quotation_without_page", "year_mismatch"}),
         frozenset(Blind225WorkFactory.KINDS), 48, True),
    Pool("blind226", blind226_text, Blind226WorkFactory, 230000, (230006, 230007, 230057),
         frozenset({"cited_not_listed", "incomplete_entry", "missing_access_date", "not_alphabetical",
                    "quotation_without_page", "year_mismatch"}),
         frozenset(Blind226WorkFactory.KINDS), 48, True),
    Pool("blind227", blind227_text, Blind227WorkFactory, 231000, (231001, 231016, 231052),
         frozenset({"cited_not_listed", "incomplete_entry", "missing_access_date", "not_alphabetical",
                    "quotation_without_page", "year_mismatch"}),
         frozenset(Blind227WorkFactory.KINDS), 55, True),
    Pool("blind228", blind228_text, Blind228WorkFactory, 232000, (232026, 232029, 232035),
         frozenset({"cited_not_listed", "incomplete_entry", "listed_not_cited", "missing_access_date",
                    "not_alphabetical", "year_mismatch"}),
         frozenset(Blind228WorkFactory.KINDS), 48, True),
    Pool("blind229", blind229_text, Blind229WorkFactory, 233000, (233007, 233026, 233063),
         frozenset({"incomplete_entry", "listed_not_cited", "missing_access_date", "not_alphabetical",
                    "quotation_without_page", "year_mismatch"}),
         frozenset(Blind229WorkFactory.KINDS), 46, True),
    Pool("blind230", blind230_text, Blind230WorkFactory, 234000, (234011, 234046, 234065),
         frozenset({"cited_not_listed", "incomplete_entry", "listed_not_cited", "missing_access_date",
                    "not_alphabetical", "quotation_without_page"}),
         frozenset(Blind230WorkFactory.KINDS), 49, True),
    Pool("blind231", blind231_text, Blind231WorkFactory, 235000, (235031, 235059, 235088),
         frozenset({"cited_not_listed", "incomplete_entry", "listed_not_cited", "missing_access_date",
                    "quotation_without_page", "year_mismatch"}),
         frozenset(Blind231WorkFactory.KINDS), 52, True),
    Pool("blind232", blind232_text, Blind232WorkFactory, 236000, (236018, 236065, 236080),
         frozenset({"cited_not_listed", "listed_not_cited", "missing_access_date", "not_alphabetical",
                    "quotation_without_page", "year_mismatch"}),
         frozenset(Blind232WorkFactory.KINDS), 49, True),
    Pool("blind233", blind233_text, Blind233WorkFactory, 237000, (237001, 237019, 237089),
         frozenset({"cited_not_listed", "listed_not_cited", "missing_access_date", "not_alphabetical",
                    "quotation_without_page", "year_mismatch"}),
         frozenset(Blind233WorkFactory.KINDS), 49, True),
    Pool("blind234", blind234_text, Blind234WorkFactory, 238000, (238000, 238056, 238083),
         frozenset({"cited_not_listed", "incomplete_entry", "listed_not_cited", "not_alphabetical",
                    "quotation_without_page", "year_mismatch"}),
         frozenset(Blind234WorkFactory.KINDS), 49, True),
    Pool("blind235", blind235_text, Blind235WorkFactory, 239000, (239042, 239045, 239056),
         frozenset({"cited_not_listed", "incomplete_entry", "listed_not_cited", "missing_access_date",
                    "not_alphabetical", "year_mismatch"}),
         frozenset(Blind235WorkFactory.KINDS), 47, True),
    Pool("blind236", blind236_text, Blind236WorkFactory, 240000, (240029, 240032, 240071),
         frozenset({"cited_not_listed", "listed_not_cited", "missing_access_date", "not_alphabetical",
                    "quotation_without_page", "year_mismatch"}),
         frozenset(Blind236WorkFactory.KINDS), 47, True),
    Pool("blind237", blind237_text, Blind237WorkFactory, 241000, (241011, 241040, 241057),
         frozenset({"cited_not_listed", "incomplete_entry", "listed_not_cited", "missing_access_date",
                    "quotation_without_page", "year_mismatch"}),
         frozenset(Blind237WorkFactory.KINDS), 48, True),
    Pool("blind239", blind239_text, Blind239WorkFactory, 243000, (243026, 243044, 243093),
         frozenset({"cited_not_listed", "incomplete_entry", "missing_access_date", "not_alphabetical",
                    "quotation_without_page", "year_mismatch"}),
         frozenset(Blind239WorkFactory.KINDS), 48, True),
    Pool("blind238", blind238_text, Blind238WorkFactory, 242000, (242027, 242030, 242052),
         frozenset({"incomplete_entry", "listed_not_cited", "missing_access_date", "not_alphabetical",
                    "quotation_without_page", "year_mismatch"}),
         frozenset(Blind238WorkFactory.KINDS), 48, True),
    Pool("blind240", blind240_text, Blind240WorkFactory, 244000, (244003, 244007, 244043),
         frozenset({"cited_not_listed", "incomplete_entry", "listed_not_cited", "missing_access_date",
                    "not_alphabetical", "quotation_without_page"}),
         frozenset(Blind240WorkFactory.KINDS), 46, True),
    Pool("blind242", blind242_text, Blind242WorkFactory, 246000, (246018, 246022, 246041),
         frozenset({"cited_not_listed", "incomplete_entry", "listed_not_cited", "missing_access_date",
                    "not_alphabetical", "year_mismatch"}),
         frozenset(Blind242WorkFactory.KINDS), 54, True),
    Pool("blind245", blind245_text, Blind245WorkFactory, 249000, (249026, 249039, 249046),
         frozenset({"cited_not_listed", "incomplete_entry", "listed_not_cited", "missing_access_date",
                    "not_alphabetical", "quotation_without_page"}),
         frozenset(Blind245WorkFactory.KINDS), 49, True),
    Pool("blind246", blind246_text, Blind246WorkFactory, 250000, (250008, 250019, 250037),
         frozenset({"incomplete_entry", "listed_not_cited", "missing_access_date", "not_alphabetical",
                    "quotation_without_page", "year_mismatch"}),
         frozenset(Blind246WorkFactory.KINDS), 58, True),
    Pool("blind247", blind247_text, Blind247WorkFactory, 251000, (251006, 251016, 251051),
         frozenset({"cited_not_listed", "incomplete_entry", "missing_access_date", "not_alphabetical",
                    "quotation_without_page", "year_mismatch"}),
         frozenset(Blind247WorkFactory.KINDS), 55, True),
    Pool("blind248", blind248_text, Blind248WorkFactory, 252000, (252007, 252043, 252049),
         frozenset({"cited_not_listed", "incomplete_entry", "listed_not_cited", "missing_access_date",
                    "quotation_without_page", "year_mismatch"}),
         frozenset(Blind248WorkFactory.KINDS), 48, True),
    Pool("blind249", blind249_text, Blind249WorkFactory, 253000, (253004, 253038, 253056),
         frozenset({"incomplete_entry", "listed_not_cited", "missing_access_date", "not_alphabetical",
                    "quotation_without_page", "year_mismatch"}),
         frozenset(Blind249WorkFactory.KINDS), 55, True),
    Pool("blind250", blind250_text, Blind250WorkFactory, 254000, (254064, 254072, 254086),
         frozenset({"cited_not_listed", "incomplete_entry", "listed_not_cited", "not_alphabetical",
                    "quotation_without_page", "year_mismatch"}),
         frozenset(Blind250WorkFactory.KINDS), 49, True),
    Pool("blind251", blind251_text, Blind251WorkFactory, 255000, (255008, 255010, 255047),
         frozenset({"cited_not_listed", "listed_not_cited", "missing_access_date", "not_alphabetical",
                    "quotation_without_page", "year_mismatch"}),
         frozenset(Blind251WorkFactory.KINDS), 55, True),
    Pool("blind252", blind252_text, Blind252WorkFactory, 256000, (256028, 256034, 256046),
         frozenset({"cited_not_listed", "incomplete_entry", "listed_not_cited", "not_alphabetical",
                    "quotation_without_page", "year_mismatch"}),
         frozenset(Blind252WorkFactory.KINDS), 51, True),
    Pool("blind253", blind253_text, Blind253WorkFactory, 257000, (257007, 257027, 257029),
         frozenset({"cited_not_listed", "listed_not_cited", "missing_access_date", "not_alphabetical",
                    "quotation_without_page", "year_mismatch"}),
         frozenset(Blind253WorkFactory.KINDS), 47, True),
    Pool("blind254", blind254_text, Blind254WorkFactory, 258000, (258000, 258008, 258070),
         frozenset({"cited_not_listed", "incomplete_entry", "listed_not_cited", "missing_access_date",
                    "quotation_without_page", "year_mismatch"}),
         frozenset(Blind254WorkFactory.KINDS), 52, True),
    Pool("blind255", blind255_text, Blind255WorkFactory, 259000, (259012, 259025, 259055),
         frozenset({"cited_not_listed", "incomplete_entry", "listed_not_cited", "not_alphabetical",
                    "quotation_without_page", "year_mismatch"}),
         frozenset(Blind255WorkFactory.KINDS), 50, True),
    Pool("blind256", blind256_text, Blind256WorkFactory, 260000, (260000, 260003, 260019),
         frozenset({"cited_not_listed", "incomplete_entry", "listed_not_cited", "missing_access_date",
                    "quotation_without_page", "year_mismatch"}),
         frozenset(Blind256WorkFactory.KINDS), 40, True),
    Pool("blind257", blind257_text, Blind257WorkFactory, 261000, (261000, 261017, 261038),
         frozenset({"incomplete_entry", "listed_not_cited", "missing_access_date", "not_alphabetical",
                    "quotation_without_page", "year_mismatch"}),
         frozenset(Blind257WorkFactory.KINDS), 47, True),
    Pool("blind258", blind258_text, Blind258WorkFactory, 262000, (262031, 262038, 262045),
         frozenset({"cited_not_listed", "incomplete_entry", "listed_not_cited", "missing_access_date",
                    "quotation_without_page", "year_mismatch"}),
         frozenset(Blind258WorkFactory.KINDS), 48, True),
    Pool("blind259", blind259_text, Blind259WorkFactory, 263000, (263000, 263004, 263028),
         frozenset({"incomplete_entry", "listed_not_cited", "missing_access_date", "not_alphabetical",
                    "quotation_without_page", "year_mismatch"}),
         frozenset(Blind259WorkFactory.KINDS), 49, True),
    Pool("blind260", blind260_text, Blind260WorkFactory, 264000, (264004, 264017, 264034),
         frozenset({"cited_not_listed", "incomplete_entry", "listed_not_cited", "missing_access_date",
                    "not_alphabetical", "quotation_without_page"}),
         frozenset(Blind260WorkFactory.KINDS), 46, True),
    Pool("blind261", blind261_text, Blind261WorkFactory, 265000, (265005, 265047, 265067),
         frozenset({"cited_not_listed", "incomplete_entry", "missing_access_date", "not_alphabetical",
                    "quotation_without_page", "year_mismatch"}),
         frozenset(Blind261WorkFactory.KINDS), 46, True),
    Pool("blind262", blind262_text, Blind262WorkFactory, 266000, (266004, 266012, 266029),
         frozenset({"cited_not_listed", "listed_not_cited", "missing_access_date", "not_alphabetical",
                    "quotation_without_page", "year_mismatch"}),
         frozenset(Blind262WorkFactory.KINDS), 46, True),
    Pool("blind263", blind263_text, Blind263WorkFactory, 267000, (267015, 267018, 267027),
         frozenset({"cited_not_listed", "incomplete_entry", "listed_not_cited", "missing_access_date",
                    "not_alphabetical", "quotation_without_page"}),
         frozenset(Blind263WorkFactory.KINDS), 50, True),
    Pool("blind264", blind264_text, Blind264WorkFactory, 268000, (268002, 268029, 268035),
         frozenset({"cited_not_listed", "incomplete_entry", "listed_not_cited", "missing_access_date",
                    "quotation_without_page"}),
         frozenset(Blind264WorkFactory.KINDS), 49, True),
    Pool("blind265", blind265_text, Blind265WorkFactory, 269000, (269011, 269013, 269023),
         frozenset({"cited_not_listed", "incomplete_entry", "listed_not_cited", "missing_access_date",
                    "not_alphabetical", "quotation_without_page"}),
         frozenset(Blind265WorkFactory.KINDS), 45, True),
    Pool("blind266", blind266_text, Blind266WorkFactory, 270000, (270004, 270024, 270050),
         frozenset({"cited_not_listed", "listed_not_cited", "missing_access_date", "not_alphabetical",
                    "quotation_without_page", "year_mismatch"}),
         frozenset(Blind266WorkFactory.KINDS), 47, True),
    Pool("blind267", blind267_text, Blind267WorkFactory, 271000, (271003, 271073, 271075),
         frozenset({"cited_not_listed", "incomplete_entry", "listed_not_cited", "missing_access_date",
                    "not_alphabetical", "year_mismatch"}),
         frozenset(Blind267WorkFactory.KINDS), 54, True),
    Pool("blind268", blind268_text, Blind268WorkFactory, 272000, (272009, 272041, 272054),
         frozenset({"cited_not_listed", "incomplete_entry", "listed_not_cited", "missing_access_date",
                    "not_alphabetical", "quotation_without_page"}),
         frozenset(Blind268WorkFactory.KINDS), 46, True),
    Pool("blind269", blind269_text, Blind269WorkFactory, 273000, (273008, 273029, 273039),
         frozenset({"cited_not_listed", "incomplete_entry", "listed_not_cited", "not_alphabetical",
                    "quotation_without_page", "year_mismatch"}),
         frozenset(Blind269WorkFactory.KINDS), 52, True),
    Pool("blind270", blind270_text, Blind270WorkFactory, 274000, (274035, 274089, 274012),
         frozenset({"cited_not_listed", "incomplete_entry", "listed_not_cited", "missing_access_date",
                    "not_alphabetical", "year_mismatch"}),
         frozenset(Blind270WorkFactory.KINDS), 48, True),
    Pool("blind271", blind271_text, Blind271WorkFactory, 275000, (275041, 275071, 275072),
         frozenset({"cited_not_listed", "incomplete_entry", "listed_not_cited", "missing_access_date",
                    "quotation_without_page", "year_mismatch"}),
         frozenset(Blind271WorkFactory.KINDS), 51, True),
    Pool("blind272", blind272_text, Blind272WorkFactory, 276000, (276004, 276021, 276056),
         frozenset({"cited_not_listed", "incomplete_entry", "missing_access_date", "not_alphabetical",
                    "quotation_without_page", "year_mismatch"}),
         frozenset(Blind272WorkFactory.KINDS), 55, True),
    Pool("blind273", blind273_text, Blind273WorkFactory, 277000, (277018, 277054, 277050),
         frozenset({"cited_not_listed", "incomplete_entry", "listed_not_cited", "not_alphabetical",
                    "quotation_without_page", "year_mismatch"}),
         frozenset(Blind273WorkFactory.KINDS), 45, True),
    Pool("blind274", blind274_text, Blind274WorkFactory, 278000, (278001, 278007, 278032),
         frozenset({"cited_not_listed", "listed_not_cited", "missing_access_date", "not_alphabetical",
                    "quotation_without_page", "year_mismatch"}),
         frozenset(Blind274WorkFactory.KINDS), 47, True),
    Pool("blind275", blind275_text, Blind275WorkFactory, 279000, (279007, 279028, 279053),
         frozenset({"cited_not_listed", "incomplete_entry", "missing_access_date", "not_alphabetical",
                    "quotation_without_page", "year_mismatch"}),
         frozenset(Blind275WorkFactory.KINDS), 48, True),
    Pool("blind276", blind276_text, Blind276WorkFactory, 280000, (280028, 280031, 280044),
         frozenset({"incomplete_entry", "listed_not_cited", "missing_access_date", "not_alphabetical",
                    "quotation_without_page", "year_mismatch"}),
         frozenset(Blind276WorkFactory.KINDS), 46, True),
    Pool("blind277", blind277_text, Blind277WorkFactory, 281000, (281008, 281017, 281021),
         frozenset({"cited_not_listed", "incomplete_entry", "listed_not_cited", "not_alphabetical",
                    "quotation_without_page", "year_mismatch"}),
         frozenset(Blind277WorkFactory.KINDS), 39, True),
    Pool("blind278", blind278_text, Blind278WorkFactory, 282000, (282013, 282033, 282043),
         frozenset({"cited_not_listed", "incomplete_entry", "listed_not_cited", "not_alphabetical",
                    "quotation_without_page", "year_mismatch"}),
         frozenset(Blind278WorkFactory.KINDS), 46, True),
    Pool("blind279", blind279_text, Blind279WorkFactory, 283000, (283000, 283034, 283099),
         frozenset({"cited_not_listed", "incomplete_entry", "listed_not_cited", "missing_access_date",
                    "not_alphabetical", "quotation_without_page", "year_mismatch"}),
         frozenset(Blind279WorkFactory.KINDS), 46, True),
    Pool("blind280", blind280_text, Blind280WorkFactory, 284000, (284000, 284008, 284052),
         frozenset({"cited_not_listed", "incomplete_entry", "listed_not_cited", "not_alphabetical",
                    "quotation_without_page", "year_mismatch"}),
         frozenset(Blind280WorkFactory.KINDS), 51, True),
    Pool("blind281", blind281_text, Blind281WorkFactory, 285000, (285006, 285011, 285028),
         frozenset({"cited_not_listed", "incomplete_entry", "listed_not_cited", "missing_access_date",
                    "not_alphabetical", "year_mismatch"}),
         frozenset(Blind281WorkFactory.KINDS), 50, True),
    Pool("blind282", blind282_text, Blind282WorkFactory, 286000, (286019, 286050, 286078),
         frozenset({"cited_not_listed", "incomplete_entry", "missing_access_date", "not_alphabetical",
                    "quotation_without_page", "year_mismatch"}),
         frozenset(Blind282WorkFactory.KINDS), 48, True),
    Pool("blind283", blind283_text, Blind283WorkFactory, 287000, (287001, 287012, 287074),
         frozenset({"cited_not_listed", "incomplete_entry", "listed_not_cited", "missing_access_date",
                    "not_alphabetical", "quotation_without_page"}),
         frozenset(Blind283WorkFactory.KINDS), 48, True),
    Pool("blind284", blind284_text, Blind284WorkFactory, 288000, (288000, 288011, 288012),
         frozenset({"cited_not_listed", "incomplete_entry", "listed_not_cited", "missing_access_date",
                    "not_alphabetical", "year_mismatch"}),
         frozenset(Blind284WorkFactory.KINDS), 45, True),
    Pool("blind285", blind285_text, Blind285WorkFactory, 289000, (289002, 289086, 289087),
         frozenset({"cited_not_listed", "listed_not_cited", "missing_access_date", "not_alphabetical",
                    "quotation_without_page", "year_mismatch"}),
         frozenset(Blind285WorkFactory.KINDS), 51, True),
    Pool("blind286", blind286_text, Blind286WorkFactory, 290000, (290019, 290062, 290084),
         frozenset({"cited_not_listed", "incomplete_entry", "listed_not_cited", "missing_access_date",
                    "not_alphabetical", "quotation_without_page"}),
         frozenset(Blind286WorkFactory.KINDS), 47, True),
    Pool("blind287", blind287_text, Blind287WorkFactory, 291000, (291031, 291034, 291041),
         frozenset({"cited_not_listed", "incomplete_entry", "missing_access_date", "not_alphabetical",
                    "quotation_without_page", "year_mismatch"}),
         frozenset(Blind287WorkFactory.KINDS), 55, True),
    Pool("blind288", blind288_text, Blind288WorkFactory, 292000, (292009, 292023, 292043),
         frozenset({"cited_not_listed", "incomplete_entry", "missing_access_date", "not_alphabetical",
                    "quotation_without_page", "year_mismatch"}),
         frozenset(Blind288WorkFactory.KINDS), 47, True),
    Pool("blind289", blind289_text, Blind289WorkFactory, 293000, (293018, 293031, 293046),
         frozenset({"cited_not_listed", "incomplete_entry", "listed_not_cited", "missing_access_date",
                    "not_alphabetical", "year_mismatch"}),
         frozenset(Blind289WorkFactory.KINDS), 51, True),
    Pool("blind290", blind290_text, Blind290WorkFactory, 294000, (294001, 294011, 294025),
         frozenset({"cited_not_listed", "listed_not_cited", "missing_access_date", "not_alphabetical",
                    "quotation_without_page", "year_mismatch"}),
         frozenset(Blind290WorkFactory.KINDS), 47, True),
    Pool("blind291", blind291_text, Blind291WorkFactory, 295000, (295016, 295024, 295029),
         frozenset({"cited_not_listed", "listed_not_cited", "missing_access_date", "not_alphabetical",
                    "quotation_without_page", "year_mismatch"}),
         frozenset(Blind291WorkFactory.KINDS), 51, True),
    Pool("blind292", blind292_text, Blind292WorkFactory, 296000, (296001, 296022, 296056),
         frozenset({"cited_not_listed", "incomplete_entry", "missing_access_date", "not_alphabetical",
                    "quotation_without_page", "year_mismatch"}),
         frozenset(Blind292WorkFactory.KINDS), 50, True),
    Pool("blind293", blind293_text, Blind293WorkFactory, 297000, (297000, 297037, 297058),
         frozenset({"cited_not_listed", "incomplete_entry", "listed_not_cited", "missing_access_date",
                    "quotation_without_page", "year_mismatch"}),
         frozenset(Blind293WorkFactory.KINDS), 49, True),
    Pool("blind294", blind294_text, Blind294WorkFactory, 298000, (298015, 298030, 298046),
         frozenset({"cited_not_listed", "incomplete_entry", "listed_not_cited", "missing_access_date",
                    "not_alphabetical", "year_mismatch"}),
         frozenset(Blind294WorkFactory.KINDS), 47, True),
    Pool("blind295", blind295_text, Blind295WorkFactory, 299000, (299052, 299062, 299042),
         frozenset({"incomplete_entry", "missing_access_date", "not_alphabetical", "quotation_without_page",
                    "year_mismatch"}),
         frozenset(Blind295WorkFactory.KINDS), 45, True),
    Pool("blind296", blind296_text, Blind296WorkFactory, 300000, (300035, 300064, 300075),
         frozenset({"cited_not_listed", "listed_not_cited", "missing_access_date", "not_alphabetical",
                    "quotation_without_page", "year_mismatch"}),
         frozenset(Blind296WorkFactory.KINDS), 45, True),
    Pool("blind297", blind297_text, Blind297WorkFactory, 301000, (301002, 301004, 301009),
         frozenset({"cited_not_listed", "incomplete_entry", "missing_access_date", "not_alphabetical",
                    "quotation_without_page", "year_mismatch"}),
         frozenset(Blind297WorkFactory.KINDS), 49, True),
    Pool("blind298", blind298_text, Blind298WorkFactory, 302000, (302008, 302009, 302034),
         frozenset({"cited_not_listed", "listed_not_cited", "missing_access_date", "not_alphabetical",
                    "quotation_without_page", "year_mismatch"}),
         frozenset(Blind298WorkFactory.KINDS), 49, True),
    Pool("blind299", blind299_text, Blind299WorkFactory, 303000, (303039, 303045, 303063),
         frozenset({"cited_not_listed", "incomplete_entry", "listed_not_cited", "not_alphabetical",
                    "quotation_without_page", "year_mismatch"}),
         frozenset(Blind299WorkFactory.KINDS), 51, True),
    Pool("blind300", blind300_text, Blind300WorkFactory, 304000, (304027, 304030, 304057),
         frozenset({"cited_not_listed", "incomplete_entry", "listed_not_cited", "missing_access_date",
                    "not_alphabetical", "quotation_without_page"}),
         frozenset(Blind300WorkFactory.KINDS), 48, True),
    Pool("blind301", blind301_text, Blind301WorkFactory, 305000, (305027, 305041, 305057),
         frozenset({"cited_not_listed", "listed_not_cited", "missing_access_date", "not_alphabetical",
                    "quotation_without_page", "year_mismatch"}),
         frozenset(Blind301WorkFactory.KINDS), 56, True),
    Pool("blind302", blind302_text, Blind302WorkFactory, 306000, (306021, 306058, 306066),
         frozenset({"cited_not_listed", "incomplete_entry", "listed_not_cited", "missing_access_date",
                    "not_alphabetical", "quotation_without_page"}),
         frozenset(Blind302WorkFactory.KINDS), 52, True),
    Pool("blind303", blind303_text, Blind303WorkFactory, 307000, (307005, 307012, 307016),
         frozenset({"cited_not_listed", "incomplete_entry", "missing_access_date", "not_alphabetical",
                    "quotation_without_page", "year_mismatch"}),
         frozenset(Blind303WorkFactory.KINDS), 48, True),
    Pool("blind304", blind304_text, Blind304WorkFactory, 308000, (308006, 308017, 308037),
         frozenset({"cited_not_listed", "listed_not_cited", "missing_access_date", "not_alphabetical",
                    "quotation_without_page", "year_mismatch"}),
         frozenset(Blind304WorkFactory.KINDS), 47, True),
    Pool("blind305", blind305_text, Blind305WorkFactory, 309000, (309000, 309006, 309015),
         frozenset({"cited_not_listed", "listed_not_cited", "missing_access_date", "not_alphabetical",
                    "quotation_without_page", "year_mismatch"}),
         frozenset(Blind305WorkFactory.KINDS), 47, True),
    Pool("blind306", blind306_text, Blind306WorkFactory, 310000, (310017, 310019, 310026),
         frozenset({"cited_not_listed", "incomplete_entry", "listed_not_cited", "missing_access_date",
                    "quotation_without_page", "year_mismatch"}),
         frozenset(Blind306WorkFactory.KINDS), 48, True),
    Pool("blind307", blind307_text, Blind307WorkFactory, 311000, (311003, 311032, 311056),
         frozenset({"incomplete_entry", "listed_not_cited", "missing_access_date", "not_alphabetical",
                    "quotation_without_page", "year_mismatch"}),
         frozenset(Blind307WorkFactory.KINDS), 49, True),
    Pool("blind308", blind308_text, Blind308WorkFactory, 312000, (312018, 312023, 312027),
         frozenset({"cited_not_listed", "incomplete_entry", "missing_access_date", "not_alphabetical",
                    "quotation_without_page", "year_mismatch"}),
         frozenset(Blind308WorkFactory.KINDS), 51, True),
    Pool("blind309", blind309_text, Blind309WorkFactory, 313000, (313019, 313030, 313092),
         frozenset({"cited_not_listed", "incomplete_entry", "missing_access_date", "not_alphabetical",
                    "quotation_without_page", "year_mismatch"}),
         frozenset(Blind309WorkFactory.KINDS), 54, True),
    Pool("blind310", blind310_text, Blind310WorkFactory, 314000, (314046, 314048, 314059),
         frozenset({"cited_not_listed", "incomplete_entry", "listed_not_cited", "missing_access_date",
                    "quotation_without_page", "year_mismatch"}),
         frozenset(Blind310WorkFactory.KINDS), 49, True),
    Pool("blind311", blind311_text, Blind311WorkFactory, 315000, (315001, 315005, 315012),
         frozenset({"cited_not_listed", "listed_not_cited", "missing_access_date", "not_alphabetical",
                    "quotation_without_page", "year_mismatch"}),
         frozenset(Blind311WorkFactory.KINDS), 47, True),
    Pool("blind312", blind312_text, Blind312WorkFactory, 316000, (316036, 316054, 316091),
         frozenset({"cited_not_listed", "incomplete_entry", "listed_not_cited", "missing_access_date",
                    "not_alphabetical", "quotation_without_page"}),
         frozenset(Blind312WorkFactory.KINDS), 57, True),
    Pool("blind313", blind313_text, Blind313WorkFactory, 317000, (317032, 317060, 317061),
         frozenset({"cited_not_listed", "incomplete_entry", "listed_not_cited", "missing_access_date",
                    "not_alphabetical", "quotation_without_page"}),
         frozenset(Blind313WorkFactory.KINDS), 51, True),
    Pool("blind314", blind314_text, Blind314WorkFactory, 318000, (318023, 318093, 318047),
         frozenset({"cited_not_listed", "incomplete_entry", "missing_access_date", "not_alphabetical",
                    "quotation_without_page", "year_mismatch"}),
         frozenset(Blind314WorkFactory.KINDS), 55, True),
    Pool("blind315", blind315_text, Blind315WorkFactory, 319000, (319019, 319022, 319029),
         frozenset({"cited_not_listed", "incomplete_entry", "missing_access_date", "not_alphabetical",
                    "quotation_without_page", "year_mismatch"}),
         frozenset(Blind315WorkFactory.KINDS), 48, True),
    Pool("blind316", blind316_text, Blind316WorkFactory, 320000, (320026, 320052, 320081),
         frozenset({"cited_not_listed", "incomplete_entry", "listed_not_cited", "missing_access_date",
                    "not_alphabetical", "quotation_without_page"}),
         frozenset(Blind316WorkFactory.KINDS), 50, True),
    Pool("blind317", blind317_text, Blind317WorkFactory, 321000, (321005, 321083, 321041),
         frozenset({"cited_not_listed", "incomplete_entry", "missing_access_date", "not_alphabetical",
                    "quotation_without_page", "year_mismatch"}),
         frozenset(Blind317WorkFactory.KINDS), 52, True),
    Pool("blind318", blind318_text, Blind318WorkFactory, 322000, (322033, 322044, 322050),
         frozenset({"cited_not_listed", "incomplete_entry", "missing_access_date", "not_alphabetical",
                    "quotation_without_page", "year_mismatch"}),
         frozenset(Blind318WorkFactory.KINDS), 48, True),
    Pool("blind319", blind319_text, Blind319WorkFactory, 323000, (323013, 323051, 323059),
         frozenset({"incomplete_entry", "listed_not_cited", "missing_access_date", "not_alphabetical",
                    "quotation_without_page", "year_mismatch"}),
         frozenset(Blind319WorkFactory.KINDS), 49, True),
    Pool("blind320", blind320_text, Blind320WorkFactory, 324000, (324075, 324091, 324067),
         frozenset({"cited_not_listed", "incomplete_entry", "listed_not_cited", "missing_access_date",
                    "not_alphabetical", "quotation_without_page"}),
         frozenset(Blind320WorkFactory.KINDS), 50, True),
    Pool("blind321", blind321_text, Blind321WorkFactory, 325000, (325003, 325022, 325084),
         frozenset({"cited_not_listed", "listed_not_cited", "missing_access_date", "not_alphabetical",
                    "quotation_without_page", "year_mismatch"}),
         frozenset(Blind321WorkFactory.KINDS), 55, True),
    Pool("blind322", blind322_text, Blind322WorkFactory, 326000, (326019, 326027, 326082),
         frozenset({"cited_not_listed", "listed_not_cited", "missing_access_date", "not_alphabetical",
                    "quotation_without_page", "year_mismatch"}),
         frozenset(Blind322WorkFactory.KINDS), 51, True),
    Pool("blind323", blind323_text, Blind323WorkFactory, 327000, (327023, 327035, 327041),
         frozenset({"cited_not_listed", "incomplete_entry", "listed_not_cited", "missing_access_date",
                    "quotation_without_page", "year_mismatch"}),
         frozenset(Blind323WorkFactory.KINDS), 48, True),
    Pool("blind324", blind324_text, Blind324WorkFactory, 328000, (328007, 328014, 328035),
         frozenset({"cited_not_listed", "listed_not_cited", "missing_access_date", "not_alphabetical",
                    "quotation_without_page", "year_mismatch"}),
         frozenset(Blind324WorkFactory.KINDS), 51, True),
    Pool("blind325", blind325_text, Blind325WorkFactory, 329000, (329006, 329023, 329037),
         frozenset({"cited_not_listed", "listed_not_cited", "missing_access_date", "not_alphabetical",
                    "quotation_without_page", "year_mismatch"}),
         frozenset(Blind325WorkFactory.KINDS), 47, True),
    Pool("blind326", blind326_text, Blind326WorkFactory, 330000, (330014, 330060, 330089),
         frozenset({"cited_not_listed", "listed_not_cited", "missing_access_date", "not_alphabetical",
                    "quotation_without_page", "year_mismatch"}),
         frozenset(Blind326WorkFactory.KINDS), 49, True),
    Pool("blind327", blind327_text, Blind327WorkFactory, 331000, (331003, 331034, 331041),
         frozenset({"cited_not_listed", "incomplete_entry", "listed_not_cited", "not_alphabetical",
                    "quotation_without_page", "year_mismatch"}),
         frozenset(Blind327WorkFactory.KINDS), 50, True),
    Pool("blind328", blind328_text, Blind328WorkFactory, 332000, (332009, 332025, 332033),
         frozenset({"cited_not_listed", "listed_not_cited", "missing_access_date", "not_alphabetical",
                    "quotation_without_page", "year_mismatch"}),
         frozenset(Blind328WorkFactory.KINDS), 49, True),
    Pool("blind329", blind329_text, Blind329WorkFactory, 333000, (333019, 333056, 333072),
         frozenset({"cited_not_listed", "listed_not_cited", "missing_access_date", "not_alphabetical",
                    "quotation_without_page", "year_mismatch"}),
         frozenset(Blind329WorkFactory.KINDS), 53, True),
    Pool("blind330", blind330_text, Blind330WorkFactory, 334000, (334038, 334050, 334052),
         frozenset({"cited_not_listed", "incomplete_entry", "listed_not_cited", "missing_access_date",
                    "not_alphabetical", "year_mismatch"}),
         frozenset(Blind330WorkFactory.KINDS), 46, True),
    Pool("blind331", blind331_text, Blind331WorkFactory, 335000, (335030, 335039, 335060),
         frozenset({"cited_not_listed", "incomplete_entry", "listed_not_cited", "missing_access_date",
                    "not_alphabetical", "year_mismatch"}),
         frozenset(Blind331WorkFactory.KINDS), 51, True),
    Pool("blind332", blind332_text, Blind332WorkFactory, 336000, (336040, 336051, 336057),
         frozenset({"cited_not_listed", "incomplete_entry", "missing_access_date", "not_alphabetical",
                    "quotation_without_page", "year_mismatch"}),
         frozenset(Blind332WorkFactory.KINDS), 49, True),
    Pool("blind333", blind333_text, Blind333WorkFactory, 337000, (337009, 337034, 337038),
         frozenset({"cited_not_listed", "incomplete_entry", "listed_not_cited", "missing_access_date",
                    "quotation_without_page", "year_mismatch"}),
         frozenset(Blind333WorkFactory.KINDS), 49, True),
    Pool("blind334", blind334_text, Blind334WorkFactory, 338000, (338003, 338023, 338074),
         frozenset({"incomplete_entry", "listed_not_cited", "missing_access_date", "not_alphabetical",
                    "quotation_without_page", "year_mismatch"}),
         frozenset(Blind334WorkFactory.KINDS), 50, True),
    Pool("blind335", blind335_text, Blind335WorkFactory, 339000, (339004, 339049, 339068),
         frozenset({"cited_not_listed", "incomplete_entry", "listed_not_cited", "missing_access_date",
                    "not_alphabetical", "quotation_without_page"}),
         frozenset(Blind335WorkFactory.KINDS), 49, True),
    Pool("blind336", blind336_text, Blind336WorkFactory, 340000, (340005, 340017, 340011),
         frozenset({"cited_not_listed", "incomplete_entry", "missing_access_date", "not_alphabetical",
                    "quotation_without_page", "year_mismatch"}),
         frozenset(Blind336WorkFactory.KINDS), 55, True),
    Pool("blind337", blind337_text, Blind337WorkFactory, 341000, (341031, 341055, 341056),
         frozenset({"cited_not_listed", "listed_not_cited", "missing_access_date", "not_alphabetical",
                    "quotation_without_page", "year_mismatch"}),
         frozenset(Blind337WorkFactory.KINDS), 49, True),
    Pool("blind338", blind338_text, Blind338WorkFactory, 342000, (342062, 342076, 342085),
         frozenset({"cited_not_listed", "incomplete_entry", "missing_access_date", "not_alphabetical",
                    "quotation_without_page", "year_mismatch"}),
         frozenset(Blind338WorkFactory.KINDS), 52, True),
    Pool("blind339", blind339_text, Blind339WorkFactory, 343000, (343017, 343054, 343055),
         frozenset({"cited_not_listed", "incomplete_entry", "missing_access_date", "not_alphabetical",
                    "quotation_without_page", "year_mismatch"}),
         frozenset(Blind339WorkFactory.KINDS), 51, True),
    Pool("blind340", blind340_text, Blind340WorkFactory, 344000, (344011, 344074, 344087),
         frozenset({"incomplete_entry", "listed_not_cited", "missing_access_date", "not_alphabetical",
                    "quotation_without_page", "year_mismatch"}),
         frozenset(Blind340WorkFactory.KINDS), 48, True),
    Pool("blind341", blind341_text, Blind341WorkFactory, 345000, (345011, 345034, 345037),
         frozenset({"cited_not_listed", "incomplete_entry", "listed_not_cited", "missing_access_date",
                    "not_alphabetical", "year_mismatch"}),
         frozenset(Blind341WorkFactory.KINDS), 49, True),
    Pool("blind342", blind342_text, Blind342WorkFactory, 346000, (346006, 346009, 346034),
         frozenset({"cited_not_listed", "listed_not_cited", "missing_access_date", "not_alphabetical",
                    "quotation_without_page", "year_mismatch"}),
         frozenset(Blind342WorkFactory.KINDS), 48, True),
    Pool("blind343", blind343_text, Blind343WorkFactory, 347000, (347007, 347038, 347055),
         frozenset({"cited_not_listed", "incomplete_entry", "listed_not_cited", "missing_access_date",
                    "not_alphabetical", "year_mismatch"}),
         frozenset(Blind343WorkFactory.KINDS), 51, True),
    Pool("blind344", blind344_text, Blind344WorkFactory, 348000, (348004, 348056, 348099),
         frozenset({"cited_not_listed", "incomplete_entry", "listed_not_cited", "not_alphabetical",
                    "quotation_without_page", "year_mismatch"}),
         frozenset(Blind344WorkFactory.KINDS), 53, True),
    Pool("blind345", blind345_text, Blind345WorkFactory, 349000, (349019, 349026, 349087),
         frozenset({"cited_not_listed", "incomplete_entry", "listed_not_cited", "missing_access_date",
                    "quotation_without_page", "year_mismatch"}),
         frozenset(Blind345WorkFactory.KINDS), 49, True),
    Pool("blind346", blind346_text, Blind346WorkFactory, 350000, (350025, 350027, 350070),
         frozenset({"cited_not_listed", "listed_not_cited", "missing_access_date", "not_alphabetical",
                    "quotation_without_page", "year_mismatch"}),
         frozenset(Blind346WorkFactory.KINDS), 50, True),
    Pool("blind347", blind347_text, Blind347WorkFactory, 351000, (351007, 351014, 351078),
         frozenset({"cited_not_listed", "incomplete_entry", "listed_not_cited", "missing_access_date",
                    "quotation_without_page", "year_mismatch"}),
         frozenset(Blind347WorkFactory.KINDS), 54, True),
    Pool("blind348", blind348_text, Blind348WorkFactory, 352000, (352000, 352036, 352053),
         frozenset({"incomplete_entry", "listed_not_cited", "missing_access_date", "not_alphabetical",
                    "quotation_without_page", "year_mismatch"}),
         frozenset(Blind348WorkFactory.KINDS), 47, True),
    Pool("blind349", blind349_text, Blind349WorkFactory, 353000, (353035, 353091, 353099),
         frozenset({"cited_not_listed", "incomplete_entry", "listed_not_cited", "missing_access_date",
                    "quotation_without_page", "year_mismatch"}),
         frozenset(Blind349WorkFactory.KINDS), 51, True),
    Pool("blind350", blind350_text, Blind350WorkFactory, 354000, (354031, 354044, 354077),
         frozenset({"cited_not_listed", "incomplete_entry", "listed_not_cited", "missing_access_date",
                    "quotation_without_page", "year_mismatch"}),
         frozenset(Blind350WorkFactory.KINDS), 47, True),
    Pool("blind351", blind351_text, Blind351WorkFactory, 355000, (355002, 355010, 355033),
         frozenset({"cited_not_listed", "listed_not_cited", "missing_access_date", "quotation_without_page",
                    "year_mismatch"}),
         frozenset(Blind351WorkFactory.KINDS), 48, True),
    Pool("blind352", blind352_text, Blind352WorkFactory, 356000, (356015, 356019, 356044),
         frozenset({"cited_not_listed", "listed_not_cited", "missing_access_date", "not_alphabetical",
                    "quotation_without_page", "year_mismatch"}),
         frozenset(Blind352WorkFactory.KINDS), 48, True),
    Pool("blind353", blind353_text, Blind353WorkFactory, 357000, (357031, 357089, 357090),
         frozenset({"cited_not_listed", "listed_not_cited", "missing_access_date", "not_alphabetical",
                    "quotation_without_page", "year_mismatch"}),
         frozenset(Blind353WorkFactory.KINDS), 51, True),
    Pool("blind354", blind354_text, Blind354WorkFactory, 358000, (358012, 358049, 358093),
         frozenset({"cited_not_listed", "listed_not_cited", "missing_access_date", "not_alphabetical",
                    "quotation_without_page", "year_mismatch"}),
         frozenset(Blind354WorkFactory.KINDS), 50, True),
    Pool("blind355", blind355_text, Blind355WorkFactory, 359000, (359037, 359043, 359044),
         frozenset({"cited_not_listed", "incomplete_entry", "listed_not_cited", "missing_access_date",
                    "quotation_without_page", "year_mismatch"}),
         frozenset(Blind355WorkFactory.KINDS), 50, True),
    Pool("blind356", blind356_text, Blind356WorkFactory, 360000, (360019, 360033, 360045),
         frozenset({"cited_not_listed", "incomplete_entry", "listed_not_cited", "missing_access_date",
                    "not_alphabetical", "quotation_without_page"}),
         frozenset(Blind356WorkFactory.KINDS), 50, True),
    Pool("blind357", blind357_text, Blind357WorkFactory, 361000, (361010, 361012, 361049),
         frozenset({"cited_not_listed", "listed_not_cited", "missing_access_date", "not_alphabetical",
                    "quotation_without_page", "year_mismatch"}),
         frozenset(Blind357WorkFactory.KINDS), 50, True),
    Pool("blind358", blind358_text, Blind358WorkFactory, 362000, (362017, 362044, 362098),
         frozenset({"cited_not_listed", "incomplete_entry", "listed_not_cited", "missing_access_date",
                    "not_alphabetical", "year_mismatch"}),
         frozenset(Blind358WorkFactory.KINDS), 50, True),
    Pool("blind359", blind359_text, Blind359WorkFactory, 363000, (363006, 363009, 363022),
         frozenset({"cited_not_listed", "incomplete_entry", "listed_not_cited", "not_alphabetical",
                    "quotation_without_page", "year_mismatch"}),
         frozenset(Blind359WorkFactory.KINDS), 54, True),
    Pool("blind360", blind360_text, Blind360WorkFactory, 364000, (364006, 364035, 364057),
         frozenset({"cited_not_listed", "incomplete_entry", "listed_not_cited", "not_alphabetical",
                    "quotation_without_page", "year_mismatch"}),
         frozenset(Blind360WorkFactory.KINDS), 53, True),
    Pool("blind361", blind361_text, Blind361WorkFactory, 365000, (365027, 365044, 365059),
         frozenset({"incomplete_entry", "listed_not_cited", "missing_access_date", "not_alphabetical",
                    "quotation_without_page", "year_mismatch"}),
         frozenset(Blind361WorkFactory.KINDS), 49, True),
    Pool("blind362", blind362_text, Blind362WorkFactory, 366000, (366020, 366075, 366081),
         frozenset({"cited_not_listed", "listed_not_cited", "missing_access_date", "not_alphabetical",
                    "quotation_without_page", "year_mismatch"}),
         frozenset(Blind362WorkFactory.KINDS), 50, True),
    Pool("blind363", blind363_text, Blind363WorkFactory, 367000, (367000, 367005, 367009),
         frozenset({"cited_not_listed", "incomplete_entry", "listed_not_cited", "missing_access_date",
                    "not_alphabetical", "year_mismatch"}),
         frozenset(Blind363WorkFactory.KINDS), 47, True),
    Pool("blind364", blind364_text, Blind364WorkFactory, 368000, (368004, 368008, 368019),
         frozenset({"cited_not_listed", "incomplete_entry", "listed_not_cited", "missing_access_date",
                    "not_alphabetical", "year_mismatch"}),
         frozenset(Blind364WorkFactory.KINDS), 49, True),
    Pool("blind365", blind365_text, Blind365WorkFactory, 369000, (369003, 369012, 369047),
         frozenset({"cited_not_listed", "listed_not_cited", "missing_access_date", "not_alphabetical",
                    "quotation_without_page", "year_mismatch"}),
         frozenset(Blind365WorkFactory.KINDS), 48, True),
    Pool("blind366", blind366_text, Blind366WorkFactory, 370000, (370003, 370023, 370039),
         frozenset({"cited_not_listed", "incomplete_entry", "listed_not_cited", "missing_access_date",
                    "quotation_without_page", "year_mismatch"}),
         frozenset(Blind366WorkFactory.KINDS), 57, True),
    Pool("blind367", blind367_text, Blind367WorkFactory, 371000, (371000, 371009, 371046),
         frozenset({"cited_not_listed", "incomplete_entry", "listed_not_cited", "missing_access_date",
                    "quotation_without_page", "year_mismatch"}),
         frozenset(Blind367WorkFactory.KINDS), 45, True),
    Pool("blind368", blind368_text, Blind368WorkFactory, 372000, (372001, 372071, 372080),
         frozenset({"cited_not_listed", "incomplete_entry", "missing_access_date", "not_alphabetical",
                    "quotation_without_page", "year_mismatch"}),
         frozenset(Blind368WorkFactory.KINDS), 55, True),
    Pool("blind369", blind369_text, Blind369WorkFactory, 373000, (373000, 373009, 373039),
         frozenset({"cited_not_listed", "incomplete_entry", "listed_not_cited", "missing_access_date",
                    "not_alphabetical", "year_mismatch"}),
         frozenset(Blind369WorkFactory.KINDS), 51, True),
    Pool("blind370", blind370_text, Blind370WorkFactory, 374000, (374007, 374017, 374038),
         frozenset({"cited_not_listed", "incomplete_entry", "listed_not_cited", "missing_access_date",
                    "quotation_without_page", "year_mismatch"}),
         frozenset(Blind370WorkFactory.KINDS), 43, True),
    Pool("blind371", blind371_text, Blind371WorkFactory, 375000, (375048, 375049, 375003),
         frozenset({"cited_not_listed", "incomplete_entry", "listed_not_cited", "missing_access_date",
                    "quotation_without_page", "year_mismatch"}),
         frozenset(Blind371WorkFactory.KINDS), 48, True),
    Pool("blind372", blind372_text, Blind372WorkFactory, 376000, (376005, 376020, 376042),
         frozenset({"cited_not_listed", "incomplete_entry", "listed_not_cited", "missing_access_date",
                    "quotation_without_page", "year_mismatch"}),
         frozenset(Blind372WorkFactory.KINDS), 50, True),
    Pool("blind373", blind373_text, Blind373WorkFactory, 377000, (377006, 377031, 377055),
         frozenset({"cited_not_listed", "listed_not_cited", "missing_access_date", "not_alphabetical",
                    "quotation_without_page", "year_mismatch"}),
         frozenset(Blind373WorkFactory.KINDS), 47, True),
    Pool("blind374", blind374_text, Blind374WorkFactory, 378000, (378000, 378024, 378050),
         frozenset({"cited_not_listed", "incomplete_entry", "listed_not_cited", "missing_access_date",
                    "not_alphabetical", "quotation_without_page"}),
         frozenset(Blind374WorkFactory.KINDS), 52, True),
    Pool("blind375", blind375_text, Blind375WorkFactory, 378400, (378413, 378435, 378453),
         frozenset({"cited_not_listed", "incomplete_entry", "listed_not_cited", "missing_access_date",
                    "not_alphabetical", "quotation_without_page"}),
         frozenset(Blind375WorkFactory.KINDS), 55, True),
    Pool("blind376", blind376_text, Blind376WorkFactory, 378800, (378808, 378843, 378898),
         frozenset({"cited_not_listed", "incomplete_entry", "listed_not_cited", "not_alphabetical",
                    "quotation_without_page", "year_mismatch"}),
         frozenset(Blind376WorkFactory.KINDS), 53, True),
    Pool("blind377", blind377_text, Blind377WorkFactory, 379200, (379208, 379226, 379240),
         frozenset({"cited_not_listed", "incomplete_entry", "missing_access_date", "not_alphabetical",
                    "quotation_without_page", "year_mismatch"}),
         frozenset(Blind377WorkFactory.KINDS), 51, True),
    Pool("blind378", blind378_text, Blind378WorkFactory, 379600, (379666, 379692, 379694),
         frozenset({"cited_not_listed", "listed_not_cited", "missing_access_date", "not_alphabetical",
                    "quotation_without_page", "year_mismatch"}),
         frozenset(Blind378WorkFactory.KINDS), 54, True),
    Pool("blind379", blind379_text, Blind379WorkFactory, 380000, (380033, 380042, 380058),
         frozenset({"cited_not_listed", "incomplete_entry", "listed_not_cited", "missing_access_date",
                    "not_alphabetical", "quotation_without_page"}),
         frozenset(Blind379WorkFactory.KINDS), 48, True),
    Pool("blind380", blind380_text, Blind380WorkFactory, 380400, (380441, 380447, 380455),
         frozenset({"cited_not_listed", "incomplete_entry", "listed_not_cited", "missing_access_date",
                    "not_alphabetical", "quotation_without_page"}),
         frozenset(Blind380WorkFactory.KINDS), 52, True),
    Pool("blind381", blind381_text, Blind381WorkFactory, 380800, (380810, 380812, 380831),
         frozenset({"cited_not_listed", "listed_not_cited", "missing_access_date", "not_alphabetical",
                    "quotation_without_page", "year_mismatch"}),
         frozenset(Blind381WorkFactory.KINDS), 46, True),
    Pool("blind382", blind382_text, Blind382WorkFactory, 381200, (381203, 381222, 381257),
         frozenset({"cited_not_listed", "listed_not_cited", "missing_access_date", "not_alphabetical",
                    "quotation_without_page", "year_mismatch"}),
         frozenset(Blind382WorkFactory.KINDS), 47, True),
    Pool("blind383", blind383_text, Blind383WorkFactory, 381600, (381603, 381645, 381657),
         frozenset({"cited_not_listed", "listed_not_cited", "missing_access_date", "not_alphabetical",
                    "quotation_without_page", "year_mismatch"}),
         frozenset(Blind383WorkFactory.KINDS), 50, True),
    Pool("blind384", blind384_text, Blind384WorkFactory, 382000, (382023, 382039, 382044),
         frozenset({"cited_not_listed", "listed_not_cited", "missing_access_date", "not_alphabetical",
                    "quotation_without_page", "year_mismatch"}),
         frozenset(Blind384WorkFactory.KINDS), 51, True),
    Pool("blind385", blind385_text, Blind385WorkFactory, 382400, (382413, 382419, 382447),
         frozenset({"cited_not_listed", "listed_not_cited", "missing_access_date", "not_alphabetical",
                    "quotation_without_page", "year_mismatch"}),
         frozenset(Blind385WorkFactory.KINDS), 49, True),
    Pool("blind386", blind386_text, Blind386WorkFactory, 382800, (382813, 382859, 382887),
         frozenset({"cited_not_listed", "listed_not_cited", "missing_access_date", "not_alphabetical",
                    "quotation_without_page", "year_mismatch"}),
         frozenset(Blind386WorkFactory.KINDS), 48, True),
    Pool("blind387", blind387_text, Blind387WorkFactory, 383200, (383204, 383270, 383294),
         frozenset({"cited_not_listed", "listed_not_cited", "missing_access_date", "not_alphabetical",
                    "quotation_without_page", "year_mismatch"}),
         frozenset(Blind387WorkFactory.KINDS), 50, True),
    Pool("blind388", blind388_text, Blind388WorkFactory, 383600, (383620, 383665, 383684),
         frozenset({"cited_not_listed", "listed_not_cited", "missing_access_date", "not_alphabetical",
                    "quotation_without_page", "year_mismatch"}),
         frozenset(Blind388WorkFactory.KINDS), 48, True),
    Pool("blind389", blind389_text, Blind389WorkFactory, 384000, (384000, 384016, 384048),
         frozenset({"cited_not_listed", "incomplete_entry", "listed_not_cited", "missing_access_date",
                    "not_alphabetical", "year_mismatch"}),
         frozenset(Blind389WorkFactory.KINDS), 47, True),
    Pool("blind390", blind390_text, Blind390WorkFactory, 384400, (384412, 384424, 384425),
         frozenset({"cited_not_listed", "incomplete_entry", "listed_not_cited", "missing_access_date",
                    "not_alphabetical", "quotation_without_page"}),
         frozenset(Blind390WorkFactory.KINDS), 45, True),
    Pool("blind243", blind243_text, Blind243WorkFactory, 247000, (247000, 247012, 247016),
         frozenset({"cited_not_listed", "incomplete_entry", "listed_not_cited", "missing_access_date",
                    "not_alphabetical", "year_mismatch"}),
         frozenset(Blind243WorkFactory.KINDS), 49, True),
    Pool("blind244", blind244_text, Blind244WorkFactory, 248000, (248000, 248038, 248053),
         frozenset({"cited_not_listed", "listed_not_cited", "missing_access_date", "not_alphabetical",
                    "quotation_without_page", "year_mismatch"}),
         frozenset(Blind244WorkFactory.KINDS), 48, True),
    Pool("blind241", blind241_text, Blind241WorkFactory, 245000, (245011, 245090, 245094),
         frozenset({"incomplete_entry", "listed_not_cited", "missing_access_date", "not_alphabetical",
                    "quotation_without_page", "year_mismatch"}),
         frozenset(Blind241WorkFactory.KINDS), 50, True),
]  # fmt: skip


@pytest.fixture(params=POOL_LIST, ids=lambda pool: pool.name)
def pool(request: pytest.FixtureRequest) -> Pool:
    return request.param  # type: ignore[no-any-return]


@functools.cache
def _docs(name: str, seeds: tuple[int, ...]) -> tuple[CorpusDocument, ...]:
    return tuple(_Builder(seed, name).build() for seed in seeds)


def _fingerprint(doc: CorpusDocument) -> tuple[object, ...]:
    return (doc.name, [b.text for b in doc.document.blocks], doc.regions, doc.citations, doc.entries, doc.problems,
            doc.decoys)  # fmt: skip


def _written_year(year: str) -> str:
    """The year as the style writes it: "n.d." as "no date", a suffix after it ("no date a")."""
    return year.replace("n.d.", "no date ").strip() if year.startswith("n.d.") else year


def test_each_pool_is_wired_with_seeds_of_its_own(pool: Pool) -> None:
    assert POOLS[pool.name].text is pool.text and POOLS[pool.name].works is pool.factory
    assert len(HALVES[pool.name]) == 100 and len(HALVES[f"{pool.name}-more"]) == 300
    ours = set(HALVES[pool.name]) | set(HALVES[f"{pool.name}-more"])
    for half, seeds in HALVES.items():
        if half not in (pool.name, f"{pool.name}-more"):
            assert not ours & set(seeds), half
    assert text.NARRATIVE_START[pool.name] is pool.text.NARRATIVE_START
    assert text.QUOTE_FRAMES[pool.name] is pool.text.QUOTE_FRAMES
    assert text.SUBJECT_LINES[pool.name] is pool.text.SUBJECT_LINES
    assert all(text.NOT_CITATIONS[kind][pool.name] is frames for kind, frames in pool.text.NOT_CITATIONS.items())


def test_the_decoy_frames_cite_nothing_and_every_placeholder_is_filled(pool: Pool) -> None:
    known = set(pool.text.values(random.Random(1))) | {"B", "A", "R", "T", "Y", "Y2", "n", "q", "d", "M"}
    for kind, frames in pool.text.NOT_CITATIONS.items():
        assert len(frames) >= 2, kind
        for frame in frames:
            names = {m.group(0).strip("{}").split(":")[0] for m in _SLOT.finditer(frame)}
            assert not names & {"N", "P", "Q", "C", "C2", "O"}, (kind, frame)
            assert names <= known, (kind, frame, names - known)


def test_each_citing_frame_has_the_slots_of_its_list(pool: Pool) -> None:
    # A quotation's frame among the narrative ones is written with its slots unfilled, and its work listed uncited
    # with no problem planted (blind115 had two, found in stop 35): every frame of every report, not only the
    # three built here, must fit its list.
    for frames, needed, unfilled in (
        (pool.text.NARRATIVE_START + pool.text.NARRATIVE_MID, "{N", ("{Q}", "{P}")),
        (pool.text.PARENTHETICAL_END + pool.text.PARENTHETICAL_MID, "{P", ("{N", "{Q}")),
        (pool.text.QUOTE_FRAMES, "{Q", ()),
    ):
        for frame in frames:
            assert needed in frame and not any(slot in frame for slot in unfilled), frame


def test_the_works_are_varied_and_their_dates_hold_together(pool: Pool) -> None:
    factory = pool.factory(pool.first_seed)
    works = [factory.make() for _ in range(400)]
    assert {w.kind for w in works} >= pool.work_kinds
    assert len({w.record.get("title") for w in works}) >= 150
    assert len({w.record["id"] for w in works}) == 400
    assert max(w.authors for w in works if w.kind == "journal") >= 6
    assert any(w.year == "n.d." for w in works) and any(w.organisation for w in works)
    assert any(not w.lead.isascii() for w in works)  # names from many cultures: "Yılmaz", "Østergaard"
    for work in works:
        assert work.lead and (work.year == "n.d.") == ("issued" not in work.record)
        if "accessed" in work.record and "issued" in work.record:
            issued = work.record["issued"]["date-parts"][0]
            accessed = work.record["accessed"]["date-parts"][0]
            assert accessed[: len(issued)] >= issued, (work.record["id"], issued, accessed)
    if pool.rendered_leads:
        for work in works[:60]:  # the lead is how the style writes the first author
            assert render.cite([work.record], "author").casefold().startswith(work.lead.casefold()), work.record
    for kind in ("book", "journal"):  # the builder asks for these by name
        assert factory.make(kind).kind == kind
    again = pool.factory(pool.first_seed)
    assert [again.make().record for _ in range(20)] == [w.record for w in works[:20]]


def test_the_same_seed_builds_the_same_report(pool: Pool) -> None:
    docs = _docs(pool.name, pool.seeds)
    assert _fingerprint(_Builder(pool.seeds[0], pool.name).build()) == _fingerprint(docs[0])
    assert _fingerprint(docs[0]) != _fingerprint(docs[1])


def test_every_truth_citation_is_written_in_its_block(pool: Pool) -> None:
    for doc in _docs(pool.name, pool.seeds):
        assert doc.citations
        for citation in doc.citations:
            assert doc.regions[citation.block] not in (None, REFERENCE_LIST)
            written = doc.document.blocks[citation.block].text[citation.start : citation.end]
            assert citation.lead.casefold() in written.casefold(), (doc.name, citation.lead, written)
            assert _written_year(citation.year) in written, (doc.name, citation.year, written)
        for block in doc.document.blocks:  # every placeholder filled
            assert not _SLOT.search(block.text), (doc.name, block.text)


def test_the_planted_problems_are_in_the_text(pool: Pool) -> None:
    docs = _docs(pool.name, pool.seeds)
    assert pool.planted <= {p.kind for d in docs for p in d.problems}
    assert any(not d.problems for d in docs)
    for doc in docs:
        entries = {(e.lead, e.year): doc.document.blocks[e.block].text for e in doc.entries}
        cited = {(c.lead, c.year) for c in doc.citations}
        for problem in doc.problems:
            assert problem.kind in PROBLEM_KINDS
            key = (problem.lead, problem.year)
            if problem.kind == "year_mismatch":  # cited with a year that no entry of that author has
                assert key in cited and key not in entries
                assert any(lead == problem.lead for lead, _ in entries)
            if problem.kind == "listed_not_cited":
                assert key in entries and key not in cited
            if problem.kind == "missing_access_date" and len(set(entries.values())) == len(entries):
                assert "Available at:" in entries[key] and "Accessed" not in entries[key]  # online, no access date
            if problem.kind == "quotation_without_page":
                quoted = [c for c in doc.citations if "quotation" in c.forms and (c.lead, c.year) == key]
                written = [doc.document.blocks[c.block].text[c.start : c.end] for c in quoted]
                assert any("p." not in w and "para." not in w for w in written), written
        if not any(p.kind == "not_alphabetical" for p in doc.problems) and len(doc.entries) > 1:
            firsts = [doc.document.blocks[e.block].text for e in doc.entries]
            if len(set(firsts)) == len(firsts):  # one block per entry
                assert firsts == sorted(firsts, key=_collate)


def test_decoys_are_in_the_text_and_are_not_citations(pool: Pool) -> None:
    kinds: set[str] = set()
    for doc in _docs(pool.name, pool.seeds):
        for decoy in doc.decoys:
            block = doc.document.blocks[decoy.block].text
            assert 0 <= decoy.start < decoy.end <= len(block) and block[decoy.start : decoy.end].strip()
            kinds.add(decoy.kind)
            if decoy.kind in pool.text.NOT_CITATIONS:
                overlapping = [
                    c for c in doc.citations if c.block == decoy.block and c.start < decoy.end and decoy.start < c.end
                ]
                assert not overlapping, (doc.name, decoy.kind, block[decoy.start : decoy.end])
    assert len(kinds & set(pool.text.NOT_CITATIONS)) >= pool.decoy_kinds


def test_the_seventh_pool_s_quotation_frames_cite_once() -> None:
    for frame in blind7_text.QUOTE_FRAMES + blind7_text.SCARE_FRAMES + blind7_text.SUBJECT_FRAMES:
        assert "{Q}" in frame and ("{P}" in frame) != ("{N}" in frame), frame  # cites once, by one slot


def test_pools_written_side_by_side_draw_their_decoy_kinds_as_their_writers_did() -> None:
    # blind40 and blind41 were written at the same commit, after blind38; both bring kinds no earlier pool has, some
    # of them the same. Each draws its kinds in the order its writer's checkout gave them, whatever was filed first.
    filed = [key for key, _module in text._FILED]
    before = set(text._BASE_KINDS).union(
        *(module.NOT_CITATIONS for _key, module in text._FILED[: filed.index("blind38") + 1])
    )  # the kinds blind40's and blind41's writers' checkouts had
    news = {}
    for key, module in (("blind40", blind40_text), ("blind41", blind41_text)):
        news[key] = [kind for kind in module.NOT_CITATIONS if kind not in before]
        assert text.KIND_ORDER[key][len(text.KIND_ORDER[key]) - len(news[key]) :] == news[key]
        assert sorted(text.KIND_ORDER[key]) == sorted(module.NOT_CITATIONS)
    assert set(news["blind40"]) & set(news["blind41"])  # the case that made the order depend on the filing


def test_the_builder_files_names_letter_by_letter_under_their_base_letters() -> None:
    # The truth's alphabetical order: accents and the modifier letters before an Arabic name ignored, and letters
    # with a bar or a hook (Maltese "Ħ", Polish "Ł", Hausa "Ɗ") under the letter they are written on.
    names = ["Zammit", "Ħili", "Grech", "ʿAbd al-Raḥmān", "Łukasik", "Ɗanladi", "Ivanova", "Éluard"]
    assert sorted(names, key=_collate) == [
        "ʿAbd al-Raḥmān", "Ɗanladi", "Éluard", "Grech", "Ħili", "Ivanova", "Łukasik", "Zammit",
    ]  # fmt: skip
