/**
 * Jakarta Servlet adapter: a filter that logs citizens in with {@link
 * vn.lienthong.identity.OidcLogin} and keeps the identity in the HTTP session.
 *
 * @since 0.1.0
 */
@NullMarked
package vn.lienthong.identity.servlet;

import org.jspecify.annotations.NullMarked;
