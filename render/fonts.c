/*
 * Finding the CJK font through fontconfig.  Both painters use
 * WenQuanYi Zen Hei so they look and measure alike; pango may fall back
 * to another CJK font, libharu may not (fonts/README.md says why).
 * FONTCONFIG_FILE (tests point it at fonts/fonts.conf) is honoured by
 * fontconfig itself.
 */
#include <stdlib.h>
#include <string.h>

#include <fontconfig/fontconfig.h>

#include "render_int.h"

#define SB_FONT_FAMILY	"WenQuanYi Zen Hei"
#define SB_FONT_HINT \
	"no CJK font found: install Debian package fonts-wqy-zenhei"

/* Does pattern p list family name among its families? */
static int
has_family(FcPattern *p, const char *name)
{
	FcChar8	*fam;
	int	 i;

	for (i = 0; FcPatternGetString(p, FC_FAMILY, i, &fam) ==
	    FcResultMatch; i++)
		if (FcStrCmpIgnoreCase(fam, (const FcChar8 *)name) == 0)
			return 1;
	return 0;
}

/* Can pattern p draw simplified Chinese? */
static int
is_cjk(FcPattern *p)
{
	FcLangSet	*ls;

	if (FcPatternGetLangSet(p, FC_LANG, 0, &ls) != FcResultMatch)
		return 0;
	return FcLangSetHasLang(ls, (const FcChar8 *)"zh-cn") == FcLangEqual;
}

/* Is pattern p a TrueType-outline font (what libharu 2.3.0 can load)? */
static int
is_truetype(FcPattern *p)
{
	FcChar8	*fmt;

	if (FcPatternGetString(p, FC_FONTFORMAT, 0, &fmt) != FcResultMatch)
		return 0;
	return FcStrCmp(fmt, (const FcChar8 *)"TrueType") == 0;
}

int
sb_font_find(struct sb_font *f, enum sb_font_use u, struct sb_diag *d)
{
	FcPattern	*pat = NULL, *match = NULL;
	FcResult	 res;
	FcChar8		*file, *fam;
	int		 index, rc = SB_EFONT, ok;

	memset(f, 0, sizeof(*f));
	if (!FcInit()) {
		rc = sb_diag_set(d, SB_EFONT,
		    "fontconfig cannot load its configuration; " SB_FONT_HINT);
		goto out;
	}
	pat = FcNameParse((const FcChar8 *)SB_FONT_FAMILY);
	if (pat == NULL) {
		rc = sb_diag_set(d, SB_ENOMEM, "fontconfig: out of memory");
		goto out;
	}
	if (!FcConfigSubstitute(NULL, pat, FcMatchPattern)) {
		rc = sb_diag_set(d, SB_ENOMEM, "fontconfig: out of memory");
		goto out;
	}
	FcDefaultSubstitute(pat);
	if ((match = FcFontMatch(NULL, pat, &res)) == NULL ||
	    res != FcResultMatch) {
		rc = sb_diag_set(d, SB_EFONT, SB_FONT_HINT);
		goto out;
	}

	/*
	 * FcFontMatch always returns something (DejaVu, say): check that
	 * it is what we asked for.  libharu needs Zen Hei itself.
	 */
	if (u == SB_FONT_HPDF)
		ok = has_family(match, SB_FONT_FAMILY) && is_truetype(match);
	else
		ok = has_family(match, SB_FONT_FAMILY) || is_cjk(match);
	if (!ok) {
		rc = sb_diag_set(d, SB_EFONT, u == SB_FONT_HPDF ?
		    SB_FONT_HINT " (the libharu backend needs WenQuanYi "
		    "Zen Hei itself)" : SB_FONT_HINT);
		goto out;
	}
	if (FcPatternGetString(match, FC_FILE, 0, &file) != FcResultMatch ||
	    FcPatternGetString(match, FC_FAMILY, 0, &fam) != FcResultMatch) {
		rc = sb_diag_set(d, SB_EFONT, SB_FONT_HINT);
		goto out;
	}
	if (FcPatternGetInteger(match, FC_INDEX, 0, &index) != FcResultMatch)
		index = 0;
	f->file = strdup((const char *)file);
	f->family = strdup((const char *)fam);
	f->index = index;
	if (f->file == NULL || f->family == NULL) {
		sb_font_clear(f);
		rc = sb_diag_set(d, SB_ENOMEM, "font: out of memory");
		goto out;
	}
	rc = SB_OK;
out:
	if (match != NULL)
		FcPatternDestroy(match);
	if (pat != NULL)
		FcPatternDestroy(pat);
	return rc;
}

void
sb_font_clear(struct sb_font *f)
{
	if (f == NULL)
		return;
	free(f->family);
	free(f->file);
	memset(f, 0, sizeof(*f));
}
