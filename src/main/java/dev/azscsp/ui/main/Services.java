package dev.azscsp.ui.main;

import dev.azscsp.catalog.ErrorCatalog;
import dev.azscsp.app.ApiFactory;
import dev.azscsp.ui.common.Browser;
import dev.azscsp.ui.common.Confirmer;
import dev.azscsp.ui.common.I18n;
import dev.azscsp.ui.common.Background;
import dev.azscsp.ui.common.OpenDialog;
import dev.azscsp.ui.common.SaveDialog;
import dev.azscsp.ui.common.SettingsKeeper;
import dev.azscsp.ui.paste.PastedErrorReader;

/** What the window needs from outside; the app builds the real ones, tests swap in fakes. */
public record Services(I18n i18n, Background background, ErrorCatalog catalog, SettingsKeeper settings, ApiFactory apiFactory,
                       PastedErrorReader pasteReader, Browser browser, SaveDialog saveDialog, OpenDialog openDialog,
                       Confirmer confirmer) {}
