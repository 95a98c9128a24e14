/**
 * The web face of the store (issue 9): {@link org.newsgraph.web.WebServer} serves the JSON API under
 * {@code /api/v1} and server-rendered pages; routes and rendering live in the internal package.
 */
package org.newsgraph.web;
