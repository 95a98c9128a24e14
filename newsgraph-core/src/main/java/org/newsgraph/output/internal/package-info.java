/** Helpers of the output package; other packages and modules must not use them. */
package org.newsgraph.output.internal;
