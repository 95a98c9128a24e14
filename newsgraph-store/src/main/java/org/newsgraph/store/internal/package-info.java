/**
 * The JDBC store behind {@link org.newsgraph.store.Store}: SQL, migrations, the knowledge pack loader.
 * Please don't depend on the APIs implemented here from other modules.
 */
package org.newsgraph.store.internal;
