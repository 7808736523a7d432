package org.samachar.extract.time;

import org.junit.jupiter.api.Test;
import org.samachar.extract.WordTokenizer;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Each rule with examples in the languages it serves; publication dates are chosen per case. */
class TimeExpressionFinderTest {

    private static final TimeExpressionFinder FINDER = new TimeExpressionFinder(new TimeVocabulary());
    /** A Tuesday. */
    private static final LocalDate TUE_2023_09_05 = LocalDate.of(2023, 9, 5);
    /** A Monday. */
    private static final LocalDate MON_2024_06_17 = LocalDate.of(2024, 6, 17);

    private static List<String> times(String sentence, LocalDate published) {
        return FINDER.find(sentence, published).stream()
                .map(t -> t.text() + "=" + t.value() + (t.attributive() ? " of a noun" : "")).toList();
    }

    @Test
    void absoluteDatesInEnglishAndIndicOrder() {
        assertEquals(List.of("September 4, 2023=2023-09-04"), times("The talks ended on September 4, 2023.", TUE_2023_09_05));
        assertEquals(List.of("June 18-19=2024-06-18/2024-06-19"), times("He will travel on June 18-19.", MON_2024_06_17));
        assertEquals(List.of("18-19 જૂને=2024-06-18/2024-06-19"), times("તેઓ 18-19 જૂને પ્રવાસ કરશે.", MON_2024_06_17));
        assertEquals(List.of("૧૮ જૂન=2024-06-18"), times("બેઠક ૧૮ જૂન યોજાશે.", MON_2024_06_17));
        assertEquals(List.of("१८ जून २०२४=2024-06-18"), times("बैठक १८ जून २०२४ को होगी।", MON_2024_06_17));
    }

    @Test
    void aDayAfterACommaAndAndIsNoEndOfARange() {
        assertEquals(List.of("June 10=2024-06-10"), times("Iran fired missiles on June 10, and 25 days later Israel struck.", MON_2024_06_17));
        assertEquals(List.of("June 10 and 11=2024-06-10/2024-06-11"), times("They met on June 10 and 11.", MON_2024_06_17));
    }

    @Test
    void aYearJoinedToANameByAHyphenIsPartOfTheNameNotADate() {
        assertEquals(List.of("सोमवार=2024-06-17"), times("चीन ने सोमवार को 'ज्वाइंट स्वॉर्ड-2024बी' नाम से अभ्यास शुरू किया।", MON_2024_06_17));
        assertEquals(List.of("Monday=2024-06-17"), times("China began the Strait Thunder-2025 drills on Monday.", MON_2024_06_17));
        assertEquals(List.of("2019=2019", "2023=2023"), times("Trade grew in 2019-2023.", MON_2024_06_17),
                "the second year of a range is still a year");
    }

    @Test
    void aMonthOrDayBesideARelativeYearIsInThatYear() {
        assertEquals(List.of("पिछले साल सितंबर=2023-09"), times("पिछले साल सितंबर में कनाडा ने आरोप लगाया था।", MON_2024_06_17));
        assertEquals(List.of("ગયા વર્ષે 18 સપ્ટેમ્બરે=2023-09-18"),
                times("ગયા વર્ષે 18 સપ્ટેમ્બરે કેનેડાએ આક્ષેપ કર્યો હતો.", MON_2024_06_17));
        assertEquals(List.of("अगले साल मार्च=2025-03"), times("दोनों नेता अगले साल मार्च में मिलेंगे।", MON_2024_06_17));
        assertEquals(List.of("June last year=2023-06"), times("Ottawa made the claim in June last year.", MON_2024_06_17));
        assertEquals(List.of("18 September last year=2023-09-18"),
                times("Ottawa made the claim on 18 September last year.", MON_2024_06_17));
        assertEquals(List.of("last year=2023"), times("Ottawa made the claim last year.", MON_2024_06_17));
    }

    @Test
    void aDayToldWithHowManyDaysTheOccasionLastsBeginsARange() {
        assertEquals(List.of("ગુરુવારે=2024-06-20/2024-06-21"),
                times("ફ્રાન્સના પ્રમુખ ગુરુવારે બે દિવસની મુલાકાતે ભારત આવશે.", MON_2024_06_17));
        assertEquals(List.of("बुधवार=2024-06-19/2024-06-21"),
                times("जर्मन चांसलर बुधवार को तीन दिवसीय यात्रा पर जापान पहुंचेंगे।", MON_2024_06_17));
        assertEquals(List.of("Sunday=2024-06-16/2024-06-17"),
                times("The Kenyan president arrived on Sunday for a two-day visit.", MON_2024_06_17));
        assertEquals(List.of("Sunday=2024-06-16"),
                times("The Kenyan president arrived on Sunday, days after his ministers held a two-day meeting"
                        + " in Qatar.", MON_2024_06_17), "a length far from the day dates something else");
    }

    @Test
    void monthsAndYears() {
        assertEquals(List.of("September 2023=2023-09"), times("This follows a visit in September 2023.", MON_2024_06_17));
        assertEquals(List.of("સપ્ટેમ્બર 2023માં=2023-09"), times("આ મુલાકાત સપ્ટેમ્બર 2023માં થઈ હતી.", MON_2024_06_17));
        assertEquals(List.of("2019=2019"), times("2019 પછી આ પ્રથમ બેઠક હતી.", MON_2024_06_17));
        assertEquals(List.of("2000=2000"), times("his first visit since 2000", MON_2024_06_17));
        assertEquals(List.of("2022=2022"), times("उत्तर कोरिया ने 2022 में आपूर्ति की थी।", TUE_2023_09_05));
    }

    @Test
    void relativeExpressionsResolveAgainstThePublicationDate() {
        assertEquals(List.of("ગયા અઠવાડિયે=2023-08-28/2023-09-03"), times("તેમણે ગયા અઠવાડિયે કહ્યું હતું.", TUE_2023_09_05));
        assertEquals(List.of("पिछले हफ्ते=2023-08-28/2023-09-03"), times("उन्होंने पिछले हफ्ते कहा था।", TUE_2023_09_05));
        assertEquals(List.of("last week=2023-08-28/2023-09-03"), times("He said so last week.", TUE_2023_09_05));
        assertEquals(List.of("ગયા મહિને=2023-08"), times("તેમણે ગયા મહિને મુલાકાત લીધી હતી.", TUE_2023_09_05));
        assertEquals(List.of("पिछले महीने=2023-08"), times("उन्होंने पिछले महीने यात्रा की।", TUE_2023_09_05));
        assertEquals(List.of("આ મહિને=2023-09"), times("તેઓ આ મહિને મળશે.", TUE_2023_09_05));
        assertEquals(List.of("इस महीने=2023-09"), times("वे इस महीने मिलेंगे।", TUE_2023_09_05));
        assertEquals(List.of("ગયા વર્ષે=2022"), times("ગયા વર્ષે પણ આવું થયું હતું.", TUE_2023_09_05));
        assertEquals(List.of("ગત વર્ષે=2022"), times("ગત વર્ષે પણ આવું થયું હતું.", TUE_2023_09_05));
        assertEquals(List.of("ગયા સપ્ટેમ્બરમાં=2023-09"), times("તેઓ ગયા સપ્ટેમ્બરમાં મળ્યા હતા.", MON_2024_06_17));
    }

    @Test
    void rangesWrittenWithAWordBetweenTheDays() {
        assertEquals(List.of("21 થી 23 સપ્ટેમ્બર=2024-09-21/2024-09-23"),
                times("શિખર સંમેલન 21 થી 23 સપ્ટેમ્બર દરમિયાન યોજાશે.", MON_2024_06_17));
        // "will run" in June: next March
        assertEquals(List.of("5 से 7 मार्च=2025-03-05/2025-03-07"), times("यात्रा 5 से 7 मार्च तक चलेगी।", MON_2024_06_17));
        assertEquals(List.of("5 to 7 March=2024-03-05/2024-03-07"), times("The drills ran from 5 to 7 March.", MON_2024_06_17));
    }

    @Test
    void aMonthAloneWithACaseEndingOrACueWord() {
        assertEquals(List.of("ઓગસ્ટમાં=2023-08"), times("બંને નેતાઓ ઓગસ્ટમાં મળ્યા હતા.", TUE_2023_09_05));
        assertEquals(List.of("अक्टूबर=2022-10"), times("दोनों देश अक्टूबर में मिले थे।", TUE_2023_09_05));
        assertEquals(List.of("November=2023-11"), times("The leaders will meet in November.", TUE_2023_09_05));
        assertEquals(List.of(), times("He said talks may resume.", TUE_2023_09_05));
    }

    @Test
    void theMonthOfAThingStillToComeIsAheadThoughTheActToldIsPast() {
        assertEquals(List.of("નવેમ્બરમાં=2023-11"), times("પાકિસ્તાને નવેમ્બરમાં યોજાનારું સંમેલન મુલતવી રાખ્યું.", TUE_2023_09_05));
        assertEquals(List.of("अक्टूबर=2023-10"), times("दोनों देशों ने अक्टूबर में होने वाला अभ्यास रद्द कर दिया।", TUE_2023_09_05));
        assertEquals(List.of("January=2024-01"), times("They called off the talks due in January.", TUE_2023_09_05));
        // without such a word, a past act's month is the last one
        assertEquals(List.of("अक्टूबर=2022-10"), times("दोनों देशों ने अक्टूबर में अभ्यास रद्द कर दिया।", TUE_2023_09_05));
    }

    @Test
    void aDayWithoutAYearFarOnTheOtherSideOfThePublicationDateIsInTheYearItsTenseSays() {
        LocalDate jan10 = LocalDate.of(2024, 1, 10);
        assertEquals(List.of("October 7=2023-10-07"), times("Hamas attacked Israel on October 7.", jan10));
        assertEquals(List.of("7 अक्टूबर=2023-10-07"), times("हमास ने 7 अक्टूबर को हमला किया था।", jan10));
        LocalDate dec28 = LocalDate.of(2024, 12, 28);
        assertEquals(List.of("5 January=2025-01-05"), times("The leaders will meet on 5 January.", dec28));
        LocalDate jul15 = LocalDate.of(2025, 7, 15);
        assertEquals(List.of("1 August=2025-08-01"), times("He announced tariffs from 1 August.", jul15),
                "near the publication date the tense of the clause is no guide");
        LocalDate mar12 = LocalDate.of(2024, 3, 12);
        assertEquals(List.of("December 25=2023-12-25"), times("Photos of the December 25 stopover in Lahore.", mar12),
                "more than half a year ahead and not told in the future: last year's");
        assertEquals(List.of("December 25=2024-12-25"), times("The leaders will meet on December 25.", mar12));
    }

    @Test
    void aTimeInTheGenitiveQualifiesTheNounAfterIt() {
        assertEquals(List.of("1960=1960 of a noun"), times("India suspended the 1960 treaty.", TUE_2023_09_05));
        assertEquals(List.of("1960=1960 of a noun"), times("भारत ने 1960 की संधि स्थगित की।", TUE_2023_09_05));
        assertEquals(List.of("1960ની=1960 of a noun"), times("ભારતે 1960ની સંધિ સ્થગિત કરી.", TUE_2023_09_05));
        assertEquals(List.of("पिछले साल=2022 of a noun"), times("पार्टी ने पिछले साल के आंदोलन पर रिपोर्ट खारिज की।", TUE_2023_09_05));
        assertEquals(List.of("last year's=2022 of a noun"), times("They recalled last year's crackdown.", TUE_2023_09_05));
        assertEquals(List.of("2015=2015 of a noun"), times("આ 2015 પછીનો તેમનો પહેલો પ્રવાસ છે.", TUE_2023_09_05));
        assertEquals(List.of("2022=2022"), times("In 2022 Russia invaded Ukraine.", TUE_2023_09_05));
    }

    @Test
    void aGenitiveBeforeADayOrAPartOfAPeriodStillTellsWhen() {
        assertEquals(List.of("13 જૂનના=2023-06-13"), times("13 જૂનના રોજ બેઠક થઈ હતી.", TUE_2023_09_05));
        assertEquals(List.of("આ મહિનાની=2023-09"), times("આ મહિનાની શરૂઆતમાં ફોન કર્યો હતો.", TUE_2023_09_05));
        assertEquals(List.of("2015=2015"), times("2015 के बाद यह पहली यात्रा है।", TUE_2023_09_05));
        assertEquals(List.of("4 सितंबर=2023-09-04"), times("सेना ने 4 सितंबर की दोपहर हमला किया।", TUE_2023_09_05),
                "a part of the day in the genitive is when, not a noun dated");
        assertEquals(List.of("4 સપ્ટેમ્બરની=2023-09-04"), times("4 સપ્ટેમ્બરની બપોરે ફોન આવ્યો હતો.", TUE_2023_09_05));
        assertEquals(List.of("Monday's=2023-09-04"), times("By Monday's evening the talks had ended.", TUE_2023_09_05));
    }

    @Test
    void daysCountedFromThePublicationDate() {
        assertEquals(List.of("ગઈ કાલે=2023-09-04"), times("વડાપ્રધાને ગઈ કાલે જણાવ્યું હતું.", TUE_2023_09_05));
        assertEquals(List.of("कल=2023-09-04"), times("विदेश मंत्री ने कल कहा था।", TUE_2023_09_05));
        assertEquals(List.of("कल=2023-09-06"), times("विदेश मंत्री कल दिल्ली पहुंचेंगे।", TUE_2023_09_05));
        assertEquals(List.of("कल=2023-09-06"), times("विदेश मंत्री कल दिल्ली जाने वाले हैं।", TUE_2023_09_05),
                "a future of three words, 'about to go'");
        assertEquals(List.of("yesterday=2023-09-04"), times("The minister said so yesterday.", TUE_2023_09_05));
        assertEquals(List.of("આવતીકાલે=2023-09-06"), times("તેઓ આવતીકાલે પહોંચશે.", TUE_2023_09_05));
    }

    @Test
    void weekdaysFollowTheTense() {
        assertEquals(List.of("સોમવારે=2023-09-04"), times("પ્રવક્તાએ સોમવારે જણાવ્યું હતું.", TUE_2023_09_05));
        assertEquals(List.of("મંગળવારે=2024-06-18"), times("તેઓ મંગળવારે પહોંચશે.", MON_2024_06_17));
        assertEquals(List.of("सोमवार=2023-09-04"), times("उन्होंने सोमवार को कहा।", TUE_2023_09_05));
        assertEquals(List.of("Wednesday=2024-06-19"), times("He will arrive on Wednesday.", MON_2024_06_17));
        // the day of publication itself, in the future tense, is today
        assertEquals(List.of("સોમવારે=2024-06-17"), times("તેઓ સોમવારે સાંજે પહોંચશે.", MON_2024_06_17));
        // the words around the weekday tell its tense before the rest of the clause does
        assertEquals(List.of("Sunday=2024-06-16"), times("The group will admit new members, the president announced on Sunday.",
                MON_2024_06_17));
        assertEquals(List.of("Tuesday=2023-09-05"), times("Officials met on Tuesday.", TUE_2023_09_05),
                "a past weekday may be the publication day itself");
        // but not past the clause: the future of what was said is not the saying's
        assertEquals(List.of("Saturday=2024-06-15"), times("The minister declared on Saturday that aid will follow.",
                MON_2024_06_17));
        assertEquals(List.of("शनिवार=2024-06-15"), times("मंत्री ने शनिवार को कहा कि मदद भेजी जाएगी।", MON_2024_06_17));
        // "प्रस्तावित है" (is proposed) is still to come
        assertEquals(List.of("गुरुवार=2024-06-20"), times("गुरुवार को दोनों नेताओं की बैठक प्रस्तावित है।", MON_2024_06_17));
        // "पहुंचे" (arrived) is a past of its own, before the future of what follows
        assertEquals(List.of("बुधवार=2024-06-12"), times("नेपाल के प्रधानमंत्री बुधवार को दिल्ली पहुंचे, जहां वे कई नेताओं से मिलेंगे।",
                MON_2024_06_17));
    }

    @Test
    void aPastWeekdayAfterTheDayFiledUpToTheDayOfIssueIsThatDay() {
        // filed on a Monday in one time zone, printed on the Tuesday: "on Tuesday" told in the past
        // is the day after the dateline, not the Tuesday of the week before
        LocalDate filed = LocalDate.of(2023, 3, 13);
        LocalDate issued = LocalDate.of(2023, 3, 14);
        assertEquals(List.of("Tuesday=2023-03-14"), FINDER.find("In Hanoi on Tuesday, the ministry said it objected.",
                new WordTokenizer().tokens("In Hanoi on Tuesday, the ministry said it objected."), filed, issued)
                .stream().map(t -> t.text() + "=" + t.value()).toList());
        assertEquals(List.of("સોમવારે=2023-03-13"), FINDER.find("મંત્રીએ સોમવારે જણાવ્યું હતું.",
                new WordTokenizer().tokens("મંત્રીએ સોમવારે જણાવ્યું હતું."), filed, issued)
                .stream().map(t -> t.text() + "=" + t.value()).toList(), "the day filed itself stays");
        assertEquals(List.of("शुक्रवार=2023-03-10"), FINDER.find("उन्होंने शुक्रवार को कहा।",
                new WordTokenizer().tokens("उन्होंने शुक्रवार को कहा।"), filed, issued)
                .stream().map(t -> t.text() + "=" + t.value()).toList(), "a day before the filing is counted from it");
    }

    @Test
    void twoWeekdaysWithARangeWordBetweenAreASpan() {
        assertEquals(List.of("Thursday to Sunday=2024-06-13/2024-06-16"),
                times("The envoys held talks from Thursday to Sunday.", MON_2024_06_17));
        assertEquals(List.of("गुरुवार से रविवार=2024-06-13/2024-06-16"),
                times("दोनों पक्षों की बातचीत गुरुवार से रविवार तक चली।", MON_2024_06_17));
        assertEquals(List.of("શુક્રવાર અને શનિવારે=2024-06-21/2024-06-22"),
                times("તેઓ શુક્રવાર અને શનિવારે વિયેતનામમાં રહેશે.", MON_2024_06_17));
    }

    @Test
    void anOlderNameOfAWeekdayIsTheSameDay() {
        assertEquals(List.of("बृहस्पतिवार=2023-08-31"), times("उन्होंने बृहस्पतिवार को कहा।", TUE_2023_09_05));
    }

    @Test
    void aMonthNameAloneIsNotATimeAndImpossibleDatesAreNotDates() {
        assertEquals(List.of(), times("Kim may travel to Russia.", TUE_2023_09_05));
        assertEquals(List.of("last June=2023-06"), times("It happened last June.", TUE_2023_09_05));
        assertEquals(List.of(), times("on 31 June", TUE_2023_09_05));
    }
}
