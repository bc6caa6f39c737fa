package vn.lienthong.refapp.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.lienthong.core.dossier.DossierStatus;

class InboxOrderTest {

  private static DossierDesk.Summary dossier(String code, String due) {
    return new DossierDesk.Summary(
        code,
        "Đăng ký khai sinh",
        "Nguyễn Thị Lan",
        "00004",
        DossierStatus.ACCEPTED,
        Instant.parse("2026-11-01T02:00:00Z"),
        Instant.parse(due));
  }

  @Test
  void overdueDossiersComeFirstThenByDueDate() {
    Instant now = Instant.parse("2026-11-23T03:00:00Z");
    List<DossierDesk.Summary> list =
        new ArrayList<>(
            List.of(
                dossier("later", "2026-11-30T10:00:00Z"),
                dossier("overdue-recent", "2026-11-22T10:00:00Z"),
                dossier("soon", "2026-11-23T10:00:00Z"),
                dossier("overdue-old", "2026-11-10T10:00:00Z")));
    list.sort(InterimDossierDesk.inboxOrder(now));
    assertThat(list)
        .extracting(DossierDesk.Summary::code)
        .containsExactly("overdue-old", "overdue-recent", "soon", "later");
  }
}
