package org.newsgraph.spark.internal;

import java.io.Serializable;
import java.util.Objects;

/**
 * One entity of one article, as the linking stage groups it.
 *
 * @param key the name key entities are grouped by ({@link NameKeys})
 * @param type the entity type
 * @param name the entity's name in this article
 * @param articleId the article
 * @param mentions how many mentions of the article refer to the entity
 */
public record NameRow(String key, String type, String name, String articleId, int mentions) implements Serializable {

  private static final long serialVersionUID = 1L;

  public NameRow {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(articleId, "articleId");
  }
}
