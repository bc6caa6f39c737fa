package vn.lienthong.core.internal.privacy;

import java.lang.reflect.AccessibleObject;
import java.lang.reflect.Array;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import vn.lienthong.core.privacy.LogSafe;
import vn.lienthong.core.privacy.PersonalData;
import vn.lienthong.core.privacy.PersonalDataKind;

/**
 * Renders any object for a log line: {@link LogSafe} values as {@code masked()}, records and
 * classes with {@link PersonalData} members member by member, containers element by element, and
 * everything else through the scrubber. Never throws. Not part of the public API.
 */
public final class ObjectRenderer {

  /** How deep nested records, objects and containers are rendered. */
  static final int MAX_DEPTH = 4;

  /** How many elements of a container or array are rendered. */
  static final int MAX_ELEMENTS = 32;

  private static final ClassValue<Optional<List<Member>>> SHAPES =
      new ClassValue<>() {
        @Override
        protected Optional<List<Member>> computeValue(Class<?> type) {
          return Optional.ofNullable(shapeOf(type));
        }
      };

  private final int leafLimit;
  private final StringBuilder out = new StringBuilder();

  private ObjectRenderer(int leafLimit) {
    this.leafLimit = leafLimit;
  }

  /**
   * Renders a value; each text inside is scrubbed and cut after {@code leafLimit} characters.
   *
   * @param value the value, or null
   * @param leafLimit the longest rendering of one text inside the value
   * @return the rendering, not yet escaped nor cut as a whole
   */
  public static String render(@Nullable Object value, int leafLimit) {
    ObjectRenderer renderer = new ObjectRenderer(leafLimit);
    renderer.append(value, 0);
    return renderer.out.toString();
  }

  private void append(@Nullable Object value, int depth) {
    try {
      appendUnsafe(value, depth);
    } catch (RuntimeException | StackOverflowError e) {
      out.append("[unrenderable ").append(value == null ? "null" : value.getClass().getName());
      out.append(']');
    }
  }

  private void appendUnsafe(@Nullable Object value, int depth) {
    if (value == null) {
      out.append("null");
    } else if (value instanceof LogSafe safe) {
      out.append(safe.masked());
    } else if (value instanceof CharSequence text) {
      out.append(ScrubScanner.scrub(text, leafLimit));
    } else if (value instanceof Number
        || value instanceof Boolean
        || value instanceof Character
        || value instanceof Enum<?>) {
      out.append(ScrubScanner.scrub(String.valueOf(value), leafLimit));
    } else if (value instanceof Throwable t) {
      out.append(t.getClass().getName());
      String message = t.getMessage();
      if (message != null) {
        out.append(": ").append(ScrubScanner.scrub(message, leafLimit));
      }
    } else if (depth >= MAX_DEPTH) {
      out.append(value.getClass().getSimpleName()).append("[…]");
    } else if (value instanceof Optional<?> optional) {
      out.append("Optional");
      if (optional.isPresent()) {
        out.append('[');
        append(optional.get(), depth + 1);
        out.append(']');
      } else {
        out.append(".empty");
      }
    } else if (value instanceof Collection<?> collection) {
      appendElements(collection.iterator(), collection.size(), depth, '[', ']');
    } else if (value instanceof Map<?, ?> map) {
      appendMap(map, depth);
    } else if (value.getClass().isArray()) {
      appendArray(value, depth);
    } else {
      Optional<List<Member>> shape = SHAPES.get(value.getClass());
      if (shape.isPresent()) {
        appendMembers(value, shape.get(), depth);
      } else {
        out.append(ScrubScanner.scrub(String.valueOf(value), leafLimit));
      }
    }
  }

  private void appendMembers(Object value, List<Member> shape, int depth) {
    boolean record = value.getClass().isRecord();
    out.append(value.getClass().getSimpleName()).append(record ? '[' : '{');
    for (int i = 0; i < shape.size(); i++) {
      Member member = shape.get(i);
      if (i > 0) {
        out.append(", ");
      }
      out.append(member.name).append('=');
      Object memberValue;
      try {
        memberValue = member.read(value);
      } catch (ReflectiveOperationException | RuntimeException e) {
        out.append('?');
        continue;
      }
      PersonalDataKind kind = member.kind;
      if (kind == null || memberValue == null) {
        append(memberValue, depth + 1);
      } else if (memberValue instanceof LogSafe safe) {
        out.append(safe.masked());
      } else {
        String text = String.valueOf(memberValue);
        out.append(kind.mask(text.length() > leafLimit ? text.substring(0, leafLimit) : text));
      }
    }
    out.append(record ? ']' : '}');
  }

  private void appendElements(Iterator<?> it, int size, int depth, char open, char close) {
    out.append(open);
    int shown = 0;
    while (it.hasNext() && shown < MAX_ELEMENTS) {
      if (shown++ > 0) {
        out.append(", ");
      }
      append(it.next(), depth + 1);
    }
    if (size > shown) {
      out.append(shown > 0 ? ", " : "").append("…(+").append(size - shown).append(')');
    }
    out.append(close);
  }

  private void appendMap(Map<?, ?> map, int depth) {
    out.append('{');
    int shown = 0;
    for (Map.Entry<?, ?> e : map.entrySet()) {
      if (shown == MAX_ELEMENTS) {
        out.append(", …(+").append(map.size() - shown).append(')');
        break;
      }
      if (shown++ > 0) {
        out.append(", ");
      }
      append(e.getKey(), depth + 1);
      out.append('=');
      append(e.getValue(), depth + 1);
    }
    out.append('}');
  }

  private void appendArray(Object array, int depth) {
    int length = Array.getLength(array);
    List<Object> head = new ArrayList<>();
    for (int i = 0; i < Math.min(length, MAX_ELEMENTS); i++) {
      head.add(Array.get(array, i));
    }
    appendElements(head.iterator(), length, depth, '[', ']');
  }

  /** Returns the members to render one by one, or null to scrub {@code toString()} instead. */
  private static @Nullable List<Member> shapeOf(Class<?> type) {
    List<Member> members = new ArrayList<>();
    if (type.isRecord()) {
      for (RecordComponent component : type.getRecordComponents()) {
        Method accessor = component.getAccessor();
        PersonalData mark = component.getAnnotation(PersonalData.class);
        if (mark == null) {
          mark = accessor.getAnnotation(PersonalData.class);
        }
        members.add(new Member(component.getName(), mark, accessor));
      }
      return members;
    }
    boolean marked = false;
    for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
      for (Field field : c.getDeclaredFields()) {
        if (Modifier.isStatic(field.getModifiers()) || field.isSynthetic()) {
          continue;
        }
        PersonalData mark = field.getAnnotation(PersonalData.class);
        marked |= mark != null;
        members.add(new Member(field.getName(), mark, field));
      }
    }
    return marked ? members : null;
  }

  /** A record component or field to render, with its kind if marked. */
  private static final class Member {
    final String name;
    final @Nullable PersonalDataKind kind;
    final AccessibleObject access;

    Member(String name, @Nullable PersonalData mark, AccessibleObject access) {
      this.name = name;
      this.kind = mark == null ? null : mark.value();
      this.access = access;
      try {
        access.setAccessible(true);
      } catch (RuntimeException e) {
        // Not open to us (a named module): reading fails later and renders as "?".
      }
    }

    @Nullable Object read(Object target) throws ReflectiveOperationException {
      return access instanceof Method m ? m.invoke(target) : ((Field) access).get(target);
    }
  }
}
