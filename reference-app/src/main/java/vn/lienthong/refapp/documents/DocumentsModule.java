package vn.lienthong.refapp.documents;

import vn.lienthong.refapp.AppContext;
import vn.lienthong.refapp.AppModule;
import vn.lienthong.refapp.AppRoutes;

/** Receipts, result documents and their signing: registers the document services. */
public final class DocumentsModule implements AppModule {

  @Override
  public String name() {
    return "documents";
  }

  @Override
  public void start(AppContext context, AppRoutes routes) {
    // Filled in by the documents work.
  }
}
