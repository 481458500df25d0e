"""Gazetteer coverage for 1987 wire copy (round 9): the next band of names that 10,000
hash-picked Reuters-21578 stories (the hand-labelled links set left out) named in three or more
stories without a link: companies under today's Wikipedia title, 1987 officials, bodies and
places. Sentences are from those stories, dated as the pipeline dates them (the story's <DATE>).
The one test over every round's table is in test_gazetteer_r7.py."""

from __future__ import annotations

from datetime import date

CASES = [
    ("Harcourt Canada's U.S. parent, Harcourt Brace Jovanovich Inc <HBJ>, indirectly acquired the Canadian "
     "book publishing companies when it purchased Holt Rinehart and Winston from CBS Inc <CBS> last October.",
     date(1987, 4, 8), "Harcourt Brace Jovanovich Inc", "Harcourt (publisher)"),
    ("SEATTLE, March 3 - Boeing Co said its order for 15 extended-range 767-300's from AMR Corp <AMR> is "
     "worth over one billion dlrs.", date(1987, 3, 3), "AMR Corp", "AMR Corporation"),
    ("Though bankers feel they generally have the tacit backing of the Saudi Arabian Monetary Agency (SAMA), "
     "the Kingdom's central bank, some say it should take a more active role.",
     date(1987, 3, 17), "Saudi Arabian Monetary Agency", "Saudi Central Bank"),
    ("CHICAGO, March 19 - Morton Thiokol Inc said it created a joint venture company with the Yokohama Rubber "
     "Co Ltd, Tokyo, Japan, to manufacture automotive windshield sealants.",
     date(1987, 3, 19), "Morton Thiokol Inc", "Thiokol"),
    ("LONDON, March 17 - Toronto Dominion Bank is issuing a 20 billion yen eurobond due April 6, 1992 with a "
     "4-5/8 pct coupon and priced at 101-5/8, lead manager Nomura International Ltd said.",
     date(1987, 3, 17), "Nomura International Ltd", "Nomura Holdings"),
    ("COSTA MESA, Calif., March 23 - ICN Pharmaceuticals Inc said its board approved the purchase of up to "
     "three mln shares of its outstanding common stock.", date(1987, 3, 23), "ICN Pharmaceuticals Inc", "Bausch Health"),
    ("BRASILIA, June 18 - The ruling Brazilian Democratic Movement Party (PMDB) will hold a national convention "
     "on July 18 and 19 to discuss the length of the Presidential term, a PMDB spokesman said.",
     date(1987, 6, 18), "PMDB", "Brazilian Democratic Movement"),
    ("JACKSON, MICH., March 12 - Consumers Power Co said it will redeem 200,000 shares of its 3.85 dlr "
     "preference stock at 27.50 dlrs a share plus accrued dividends of 0.320833 dlrs a share.",
     date(1987, 3, 12), "Consumers Power Co", "Consumers Energy"),
    ("DEERFIELD, ILL., June 18 - Baxter Travenol Laboratories Inc said it will hold a press conference June 29 "
     "to introduce a new information systems product that will \"dramatically improve hospital efficiency.\"",
     date(1987, 6, 18), "Baxter Travenol Laboratories Inc", "Baxter International"),
    ("PHILADELPHIA, June 19 - Argentine President Raul Alfonsin met for more than an hour with International "
     "Monetary Fund Managing Director Michel Camdessus, and Argentine economy minister Juan Sourrouille said the "
     "two men discussed Argentina's economy and its commercial bank financing package.",
     date(1987, 6, 19), "Juan Sourrouille", "Juan Vital Sourrouille"),
    ("TAUPO, New Zealand, March 23 - Philippines Trade and Industry Secretary Jose Concepcion told world trade "
     "ministers he wondered if their agreement was of any real value after the European Community (EC) proposed "
     "a levy on vegetable oils.", date(1987, 3, 24), "TAUPO", "Taupō"),
    ("QUITO, March 13 - Ecuadorean President Leon Febres Cordero said his country was unilaterally suspending "
     "payments to private foreign banks due to last week's earthquake which caused up to one billion dollars in "
     "damage.", date(1987, 3, 13), "Leon Febres Cordero", "León Febres Cordero"),
    ("\"It is very difficult to compete with those giants such as the Hongkong Bank and the Bank of China,\" said "
     "Kimura of the Bank of Tokyo.", date(1987, 4, 3), "the Hongkong Bank", "HSBC"),
    ("BERNE, Oct 20 - The Swiss government's proposed 1988 budget projects a 1.3 billion franc surplus, the Finance "
     "Ministry announced.", date(1987, 10, 20), "BERNE", "Bern"),
    # 1987 officials, named with their titles
    ("Kramer made the forecast at a meeting today on Austria's economic outlook also attended by Chancellor Franz "
     "Vranitzky, Finance Minister Ferdinand Lacina and National Bank President Stefan Koren.",
     date(1987, 3, 11), "Ferdinand Lacina", "Ferdinand Lacina"),
    ("Newspapers quoted the report, drafted by Finance Minister Onno Ruding, as saying unexpected rises in revenue "
     "would compensate for excess spending of 3.1 billion guilders.", date(1987, 6, 19), "Onno Ruding", "Onno Ruding"),
    ("\"As Larry Speakes said on January 14 this year, only two people in this administration are authorized to "
     "speak on the dollar and that is the president and the secretary of the treasury,\" the spokesman told Reuters.",
     date(1987, 3, 5), "Larry Speakes", "Larry Speakes"),
]
