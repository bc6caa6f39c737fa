/** Dossier services: submission, officer actions, portal sync through the outbox, audit. */
@NullMarked
package vn.lienthong.refapp.service;

import org.jspecify.annotations.NullMarked;
