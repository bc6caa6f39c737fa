/**
 * The published contracts: the bus envelope and the OpenAPI 3.1 / XSD files of the national
 * services bundled under {@code contracts/} in this jar, and a validator for messages against them.
 *
 * <p>The files are the single source of truth shared by the bus client, the sandbox and the
 * conformance kit; see {@code contracts/README.md} for what each one is and how they are versioned.
 *
 * @since 0.1.0
 */
@NullMarked
package vn.lienthong.core.contracts;

import org.jspecify.annotations.NullMarked;
