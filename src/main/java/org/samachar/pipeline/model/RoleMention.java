package org.samachar.pipeline.model;

import java.util.Optional;

/**
 * A person's role as an article states it ("the Russian defence minister X", "NSC spokesperson Y").
 *
 * @param index        0-based position among the article's roles
 * @param sentence     the sentence that states it
 * @param person       who holds the role
 * @param role         the local name of the role concept ({@code spokesperson}, {@code defence-minister})
 * @param organisation the country or organisation the role is of, when the text names it
 */
public record RoleMention(int index, int sentence, Entity person, String role, Optional<Entity> organisation) {
}
