/** Routes, parameter parsing and rendering of the web server. Not for use outside newsgraph-web. */
package org.newsgraph.web.internal;
