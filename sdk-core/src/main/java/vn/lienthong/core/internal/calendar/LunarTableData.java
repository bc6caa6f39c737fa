package vn.lienthong.core.internal.calendar;

/**
 * The precomputed lunar month table in the compact form of {@link LunarTable#encode()}. Generated
 * from the astronomical formulas by {@code LunarTableDataTest}, which fails (and prints the new
 * text) when the formulas and this data disagree. Not part of the public API.
 *
 * @since 0.1.0
 */
final class LunarTableData {

  /**
   * The epoch day the first month of the table starts on: 1899-12-03, month 11 of lunar year 1899.
   */
  static final long FIRST_DAY = -25596L;

  /** One Gregorian year's span per five hex digits, 1900 first; fifteen years a line. */
  static final String YEARS =
      "35b4a00d4a00a952f92d0092e0026d2d56b005aa00da529d4a00d4a30c9600c970092e2f2ae"
          + "00ab6005b42ada5006a53364b00a4b00497309370095b00ada2d6d400b5200aa529a4b00a4b"
          + "3149b004ad0095d2f35a00d6a00b542bb2500d2635a4d00a56004ae3096d00ab5005aa2cd95"
          + "00e9300d2628a5600a57334b60055a00ad52f6aa0074a006952b52b0092b3525b00a5d0055a"
          + "30ad500b6500b4a2da9500c950092d2b25d002ad3356d005ac00da52fd4a00d4a00c962c92e"
          + "00937352ae00ab6006b430da9006a50064b2d4970049700957292b6002da336d500b5400b25"
          + "2fa4b00a4b0049b2a95b0095d3555a005aa00d552fb2600d2600a4d2d4ad004ae0096d2956a"
          + "005aa32d9500e95005262ea5700a57004b62cab500ad5376aa0074a006953152b0092b0025b"
          + "2c4bb0055b00ad5296ca00b4a31a9500c950092d2f25d002ad0056d2ab6900da900d4a23c95"
          + "00c963092e00937002b62e56d006b500ea928d4a0064b3349700497009572f2b6002da00ad5"
          + "2b6a900b2935a4b00a4d0049b3095b0096d0056a2cb5500d5500d2a2ba4d00a4d334ae004ae"
          + "00a6d2f56a005aa00d952dd2a0052a34a5700257004b730ab600ad5006aa2d69500a950052b"
          + "2b4570025b3255b0055b00ad52fad200b5200a952da2b00a2d3525d002ae0056d30b6a00da9"
          + "00d522dc9500d1600a2e294ae002b6325ad006d5006a92ed530068b005172ca3700a57372b6"
          + "0035a00ad5316aa00b2900a8b2d51b0052b00a5b2b4da0056a32b5500d9500d4a2fa9500a95"
          + "0052e2ca5d00aad0056a22b5500da530d4a0054b00c572e92e0053700ab6295aa006ca336a5"
          + "00aa50064b2f4570049b0055b2cab600b5a00b52276a500aa531a4b00a2d0049d2e55d0056d"
          + "00b6a2bb5200d5233d2500d2600a4e314ae004b6005b52cdaa006aa38e93006930052730a57"
          + "00a5b004ba2eab500ad5006aa2b69500a933352b0052b00a5b314da0056a00b552db2a00d4a"
          + "00a952992b0092e30a5d00aad0056a2ed5500ea500d4a2ac9600c973292e0093700ab6315ac"
          + "006d2";

  private LunarTableData() {}
}
