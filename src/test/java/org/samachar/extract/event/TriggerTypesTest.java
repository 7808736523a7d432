package org.samachar.extract.event;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.samachar.extract.event.EventSentences.events;
import static org.samachar.extract.event.EventSentences.roles;

/** A trigger's type as the names around it change it, on sentences written for this test. */
class TriggerTypesTest {

    @Test
    void weaponsFiredAtATargetAreAStrikeHoweverManyWeaponsAreNamedBetween() {
        assertEquals(List.of("attacker=Iran, target=Israel"),
                roles(events("ईरान-इजरायल\nईरान ने शनिवार रात इजरायल पर सैकड़ों ड्रोन और मिसाइलें दागीं।"), "MilitaryStrike"));
        assertEquals(List.of("agent=Iran"),
                roles(events("ईरान\nईरान ने शनिवार को रेगिस्तान में दो नई मिसाइलें दागीं।"), "WeaponsTest"),
                "fired with no target, a test");
    }
}
