package vn.lienthong.refapp.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcConnectionPool;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.lienthong.identity.officer.Assignment;
import vn.lienthong.identity.officer.OfficerRole;
import vn.lienthong.identity.officer.UnitLevel;

class SessionStoreTest {

  private JdbcConnectionPool db;
  private final AtomicReference<Instant> now =
      new AtomicReference<>(Instant.parse("2026-11-23T02:00:00Z"));
  private final Clock clock =
      new Clock() {
        @Override
        public java.time.ZoneId getZone() {
          return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
          return this;
        }

        @Override
        public Instant instant() {
          return now.get();
        }
      };

  @BeforeEach
  void open() {
    db =
        JdbcConnectionPool.create(
            "jdbc:h2:mem:sessions" + System.nanoTime() + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE",
            "sa",
            "");
    Flyway.configure().dataSource(db).locations("classpath:db/migration").load().migrate();
  }

  @AfterEach
  void close() {
    db.dispose();
  }

  @Test
  void aSessionCreatedOnOneNodeIsFoundOnAnother() {
    SessionStore nodeA = new SessionStore(db, clock);
    SessionStore nodeB = new SessionStore(db, clock);
    Principal.Citizen lan =
        new Principal.Citizen("sbx-1", "001192004521", "Nguyễn Thị Lan", "LoA2");
    SessionStore.Session s = nodeA.create(lan, null);
    SessionStore.Session found = nodeB.find(s.token()).orElseThrow();
    assertThat(found.principal()).isEqualTo(lan);
    assertThat(found.csrfToken()).isEqualTo(s.csrfToken());
  }

  @Test
  void onlyTheHashOfTheTokenIsStored() throws Exception {
    SessionStore store = new SessionStore(db, clock);
    SessionStore.Session s = store.create(null, null);
    try (Connection c = db.getConnection();
        ResultSet rs = c.createStatement().executeQuery("SELECT id_hash FROM web_session")) {
      rs.next();
      assertThat(rs.getString(1)).isEqualTo(SessionStore.hash(s.token())).isNotEqualTo(s.token());
    }
  }

  @Test
  void idleAndAbsoluteTimeoutsEndSessions() {
    SessionStore store = new SessionStore(db, clock);
    SessionStore.Session idle = store.create(null, null);
    now.set(now.get().plus(SessionStore.IDLE_TIMEOUT).plusSeconds(1));
    assertThat(store.find(idle.token())).isEmpty();

    SessionStore.Session busy = store.create(null, null);
    for (int i = 0; i < 20; i++) {
      now.set(now.get().plus(Duration.ofMinutes(25)));
      store.find(busy.token());
    }
    assertThat(store.find(busy.token())).isEmpty(); // 500 minutes > 8 hours
  }

  @Test
  void rotationGivesANewTokenAndCsrfTokenAndEndsTheOldSession() {
    SessionStore store = new SessionStore(db, clock);
    SessionStore.Session anonymous = store.create(null, "citizen / state");
    SessionStore.Session logged =
        store.rotate(anonymous, new Principal.Citizen("s", "001192004521", "Lan", "LoA2"));
    assertThat(logged.token()).isNotEqualTo(anonymous.token());
    assertThat(logged.csrfToken()).isNotEqualTo(anonymous.csrfToken());
    assertThat(store.find(anonymous.token())).isEmpty();
    assertThat(store.find(logged.token())).isPresent();
  }

  @Test
  void officersRoundTripWithTheirAssignments() {
    Principal.Staff staff =
        new Principal.Staff(
            "sub",
            "CB-1",
            "Vũ Đức Thắng",
            "000.08.01.H26",
            List.of(
                new Assignment(
                    "00004",
                    UnitLevel.COMMUNE,
                    Set.of(OfficerRole.PROCESSOR),
                    LocalDate.of(2025, 7, 1),
                    LocalDate.of(2026, 3, 1)),
                new Assignment(
                    "00008",
                    UnitLevel.COMMUNE,
                    Set.of(OfficerRole.PROCESSOR, OfficerRole.RECEIVER),
                    LocalDate.of(2026, 3, 2),
                    null)));
    assertThat(SessionStore.read(SessionStore.write(staff))).isEqualTo(staff);
    assertThat(staff.unitsOn(LocalDate.of(2026, 11, 23))).containsExactly("00008");
  }

  @Test
  void unknownOversizedOrMissingTokensFindNothing() {
    SessionStore store = new SessionStore(db, clock);
    assertThat(store.find(null)).isEmpty();
    assertThat(store.find("")).isEmpty();
    assertThat(store.find("x".repeat(500))).isEmpty();
    assertThat(store.find(SessionStore.randomToken())).isEmpty();
  }

  @Test
  void expiredSessionsArePurged() {
    SessionStore store = new SessionStore(db, clock);
    store.create(null, null);
    store.create(null, null);
    now.set(now.get().plus(Duration.ofHours(9)));
    assertThat(store.purgeExpiredNow(true)).isEqualTo(2);
  }
}
