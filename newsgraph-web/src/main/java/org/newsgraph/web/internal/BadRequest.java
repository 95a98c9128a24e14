package org.newsgraph.web.internal;

/** A request the server will not answer as asked: a bad parameter (400) or an unknown id (404). */
final class BadRequest extends RuntimeException {

  private static final long serialVersionUID = 1L;

  final int status;

  BadRequest(int status, String message) {
    super(message);
    this.status = status;
  }

  static BadRequest badParameter(String message) {
    return new BadRequest(400, message);
  }

  static BadRequest notFound(String message) {
    return new BadRequest(404, message);
  }
}
