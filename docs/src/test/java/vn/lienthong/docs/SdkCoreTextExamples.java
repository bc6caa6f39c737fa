package vn.lienthong.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.lienthong.core.text.PersonName;
import vn.lienthong.core.text.VietnameseCollator;
import vn.lienthong.core.text.VietnameseNames;
import vn.lienthong.core.text.VietnameseNumbers;
import vn.lienthong.core.text.VietnameseText;

/** Examples of docs/sdk-core.md, section "Vietnamese text". */
class SdkCoreTextExamples {

  @Test
  void foldingAndNames() {
    String userInput = "Nguyễn Văn An";
    // tag::names[]
    String stored = VietnameseText.nfc(userInput); // the only form LienThong stores
    String key = VietnameseText.fold("Đà Nẵng"); // "da nang": search keys, never display

    PersonName name = PersonName.parse("  nguyễn   thị THUÝ "); // "Nguyễn Thị Thuý"
    boolean same = name.matches(PersonName.parse("Nguyễn Thị Thúy")); // true: tone placement
    boolean notSame = VietnameseNames.matches("Hòa", "Hoa"); // false: another name
    String forSearch = name.searchKey(); // "nguyen thi thuy": diacritic-insensitive look-up
    // end::names[]

    assertThat(stored).isEqualTo("Nguyễn Văn An");
    assertThat(key).isEqualTo("da nang");
    assertThat(name.value()).isEqualTo("Nguyễn Thị Thuý");
    assertThat(same).isTrue();
    assertThat(notSame).isFalse();
    assertThat(forSearch).isEqualTo("nguyen thi thuy");
  }

  @Test
  void sortingAndAmounts() {
    // tag::collation[]
    List<String> communes =
        new ArrayList<>(List.of("Đông Hải", "Định Thành", "An Trạch", "Ân Thi"));
    communes.sort(VietnameseCollator.instance()); // An Trạch, Ân Thi, Định Thành, Đông Hải
    // end::collation[]
    assertThat(communes).containsExactly("An Trạch", "Ân Thi", "Định Thành", "Đông Hải");

    // tag::amount[]
    String fee = VietnameseNumbers.standard().amountInWords(125_000);
    // "Một trăm hai mươi lăm nghìn đồng"
    String south =
        VietnameseNumbers.builder()
            .thousand(VietnameseNumbers.Thousand.NGAN)
            .zeroTen(VietnameseNumbers.ZeroTen.LE)
            .build()
            .amountInWords(1_005_000);
    // "Một triệu không trăm lẻ năm ngàn đồng"
    // end::amount[]
    assertThat(fee).isEqualTo("Một trăm hai mươi lăm nghìn đồng");
    assertThat(south).isEqualTo("Một triệu không trăm lẻ năm ngàn đồng");
  }
}
