// Package synth writes synthetic article archives in every format racex
// ingests, for tests and the ingest benchmark.
package synth

import (
	"compress/gzip"
	"fmt"
	"io"
	"time"

	"github.com/nlnwa/gowarc/v3"
)

var warcSeq int

// WARCResponse writes one WARC response record (an HTTP 200 response with
// the given Content-Type and body) to w, through the WARC library's record
// builder and marshaler. With gz, the record is its own gzip member, as in a
// .warc.gz file.
func WARCResponse(w io.Writer, uri, contentType string, body []byte, gz bool) error {
	return WARCRecord(w, gowarc.Response, uri, fmt.Sprintf("HTTP/1.1 200 OK\r\nContent-Type: %s\r\nContent-Length: %d\r\n\r\n", contentType, len(body)), body, gz)
}

// WARCRecord writes one WARC record of type rt whose block is head then
// body (head is an HTTP header for response and request records).
func WARCRecord(w io.Writer, rt gowarc.RecordType, uri, head string, body []byte, gz bool) error {
	warcSeq++
	b := gowarc.NewRecordBuilder(rt, gowarc.WithAddMissingDigest(true), gowarc.WithAddMissingContentLength(true))
	if _, err := b.WriteString(head); err != nil {
		return err
	}
	if _, err := b.Write(body); err != nil {
		return err
	}
	b.AddWarcHeader(gowarc.WarcRecordID, fmt.Sprintf("<urn:uuid:00000000-0000-4000-8000-%012d>", warcSeq))
	b.AddWarcHeaderTime(gowarc.WarcDate, time.Date(2024, 4, 21, 12, 0, 0, 0, time.UTC))
	b.AddWarcHeader(gowarc.WarcTargetURI, uri)
	switch rt {
	case gowarc.Response:
		b.AddWarcHeader(gowarc.ContentType, "application/http;msgtype=response")
	case gowarc.Request:
		b.AddWarcHeader(gowarc.ContentType, "application/http;msgtype=request")
	}
	rec, _, err := b.Build()
	if err != nil {
		return err
	}
	defer rec.Close()
	out := w
	var zw *gzip.Writer
	if gz {
		zw = gzip.NewWriter(w)
		out = zw
	}
	if _, _, err := gowarc.NewMarshaler().Marshal(out, rec, 0); err != nil {
		return err
	}
	if zw != nil {
		return zw.Close()
	}
	return nil
}
