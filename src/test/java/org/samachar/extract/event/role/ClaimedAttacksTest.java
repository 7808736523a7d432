package org.samachar.extract.event.role;

import org.junit.jupiter.api.Test;
import org.samachar.pipeline.model.Event;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.samachar.extract.event.EventSentences.events;
import static org.samachar.extract.event.EventSentences.roles;

/**
 * Whoever claims responsibility for an attack told without its doer is its attacker
 * ({@link ClaimedAttacks}), on sentences written for this test.
 */
class ClaimedAttacksTest {

    @Test
    void anAttackOfUnnamedGunmenIsTheClaimants() {
        // the shooting had no actor and was dropped
        assertEquals(List.of("attacker=Islamic State"), roles(events("""
                Blast at a mosque
                Gunmen opened fire on worshippers at a mosque on Friday. The Islamic State group claimed responsibility for the bombing."""),
                "Assault"));
    }

    @Test
    void anAttackWithItsTargetGainsTheClaimantAsAttacker() {
        // the suicide attack had only its target
        assertEquals(List.of("attacker=Jaish-e-Mohammed, target=Central Reserve Police Force"), roles(events("""
                काफिले पर हमला
                सोमवार को सीआरपीएफ के काफिले पर आत्मघाती हमला हुआ। जैश-ए-मोहम्मद ने हमले की जिम्मेदारी ली है।"""), "Assault"));
    }

    @Test
    void theAttackAGujaratiClaimNamesIsTheOneToldBefore() {
        // "હુમલાની જવાબદારી" made the attack of the claim's sentence a strike of its own
        assertEquals(List.of("attacker=Balochistan Liberation Army"), roles(events("""
                ટ્રેન પર હુમલો
                ગઈ કાલે ક્વેટા પાસે એક ટ્રેન પર હુમલો થયો હતો. બલૂચ લિબરેશન આર્મીએ આ હુમલાની જવાબદારી લીધી છે."""), "MilitaryStrike"));
    }

    @Test
    void aSuicideAttackIsOneAssault() {
        // "आत्मघाती" alone was the assault and "हमला" a strike of its own
        List<Event> hi = events("""
                काफिले पर हमला
                मंगलवार को सीआरपीएफ के काफिले पर आत्मघाती हमला हुआ।""");
        assertEquals(List.of("target=Central Reserve Police Force"), roles(hi, "Assault"));
        assertEquals(List.of(), roles(hi, "MilitaryStrike"));
    }

    @Test
    void anAttackNobodyClaimsStaysOut() {
        assertEquals(List.of(), roles(events("""
                Bus attacked
                Gunmen opened fire on a bus on Friday, killing nine passengers."""), "Assault"));
    }

    @Test
    void anAttackWithItsAttackerIsNotTheClaimants() {
        assertEquals(List.of("attacker=Israel", "attacker=Hamas, target=Israel"), roles(events("""
                Strikes and rockets
                Israel struck targets in Gaza on Monday. Hamas claimed responsibility for a rocket attack on Tel Aviv later that day."""),
                "MilitaryStrike"));
    }
}
