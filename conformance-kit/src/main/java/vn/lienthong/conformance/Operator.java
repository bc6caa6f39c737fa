package vn.lienthong.conformance;

import java.util.Optional;

/**
 * A person at the terminal who performs the steps the kit cannot drive through the target's API
 * (runner option {@code --interactive}), such as downloading a result document by hand.
 *
 * <p>Implementations are called from the run's thread only.
 *
 * <pre>{@code
 * Operator operator = question -> Optional.of(console.readLine(question.vi() + " "));
 * }</pre>
 *
 * @since 0.1.0
 */
@FunctionalInterface
public interface Operator {

  /**
   * Asks the operator something and waits for the answer.
   *
   * @param question the question, shown in Vietnamese (with the English text for vendors)
   * @return the answer, empty when the operator declines (an empty line or end of input)
   */
  Optional<String> ask(Text question);
}
