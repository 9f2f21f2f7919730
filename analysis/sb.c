/*
 * Diagnostics shared by all stages.
 */
#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include "sb.h"

int
sb_diag_set(struct sb_diag *d, int err, const char *fmt, ...)
{
	va_list	 ap;

	if (d == NULL)
		return err;
	d->err = err;
	va_start(ap, fmt);
	vsnprintf(d->msg, sizeof(d->msg), fmt, ap);
	va_end(ap);
	return err;
}

void
sb_diag_clear(struct sb_diag *d)
{
	if (d == NULL)
		return;
	memset(d, 0, sizeof(*d));
	d->offset = (size_t)-1;
}

const char *
sb_strerror(int err)
{
	switch (err) {
	case SB_OK:
		return "success";
	case SB_ENOMEM:
		return "out of memory";
	case SB_EIO:
		return "I/O error";
	case SB_EINPUT:
		return "bad input data";
	case SB_ELIMIT:
		return "limit exceeded";
	case SB_EDB:
		return "database error";
	case SB_ENOENT:
		return "no such file";
	case SB_EFONT:
		return "no usable font";
	case SB_ECREATE:
		return "cannot create output";
	case SB_EBUSY:
		return "busy";
	case SB_EUSAGE:
		return "usage error";
	default:
		return "unknown error";
	}
}
