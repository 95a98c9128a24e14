/**
 * The US Congress knowledge pack (CC0, shipped in this module's resources): legislators, presidents
 * and vice presidents with bioguide, govtrack, Wikipedia and Wikidata ids, names, birthdays and terms.
 */
package org.newsgraph.store.internal.pack;
