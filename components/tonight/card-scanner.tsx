"use client";

import { useEffect, useRef, useState } from "react";
import { useTranslations } from "next-intl";
import { readScannedCode } from "@/lib/participants/code-check";
import { CARD_FORMATS, ZXING_READER_WASM_URL } from "@/lib/participants/card-scan-setup";
import { Button } from "@/components/ui/button";

type Detector = { detect: (source: HTMLVideoElement) => Promise<{ rawValue: string }[]> };
type DetectorClass = {
  new (options: { formats: string[] }): Detector;
  getSupportedFormats?: () => Promise<string[]>;
};

/**
 * The browser's own BarcodeDetector where it reads our two formats (Chrome on Android, macOS);
 * elsewhere the ZXing polyfill, fetched from this server only when the camera is first opened,
 * so the check-in page's own script does not carry it.
 */
async function cardDetector(): Promise<Detector> {
  const native = (globalThis as { BarcodeDetector?: DetectorClass }).BarcodeDetector;
  if (native) {
    const supported: string[] | undefined = await native.getSupportedFormats?.().catch((): string[] => []);
    if (supported && CARD_FORMATS.every((format) => supported.includes(format))) return new native({ formats: [...CARD_FORMATS] });
  }
  const { BarcodeDetector, prepareZXingModule } = await import("barcode-detector/ponyfill");
  prepareZXingModule({
    overrides: { locateFile: (path: string, prefix: string) => (path.endsWith(".wasm") ? ZXING_READER_WASM_URL : prefix + path) },
  });
  return new BarcodeDetector({ formats: [...CARD_FORMATS] });
}

export type CardScannerProps = { onCode: (code: string) => void; onClose: () => void };

/** The camera's picture and a stop button; the first readable card code closes it. */
export function CardScanner({ onCode, onClose }: CardScannerProps) {
  const t = useTranslations("card");
  const video = useRef<HTMLVideoElement>(null);
  const [state, setState] = useState<"starting" | "scanning" | "unavailable">("starting");
  // The latest callbacks, so the camera loop below starts once and never restarts on a render.
  const callbacks = useRef({ onCode, onClose });
  useEffect(() => {
    callbacks.current = { onCode, onClose };
  });

  useEffect(() => {
    let stream: MediaStream | null = null;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let stopped = false;
    (async () => {
      try {
        const detector = await cardDetector();
        stream = await navigator.mediaDevices.getUserMedia({ video: { facingMode: "environment" }, audio: false });
        if (stopped || !video.current) return;
        video.current.srcObject = stream;
        await video.current.play();
        setState("scanning");
        // A few reads a second are enough for a card held still, and spare a tired tablet.
        const look = async () => {
          if (stopped || !video.current) return;
          const found = await detector.detect(video.current).catch(() => []);
          for (const { rawValue } of found) {
            const scanned = readScannedCode(rawValue);
            if (scanned?.kind === "code") {
              stopped = true;
              callbacks.current.onCode(scanned.code);
              return;
            }
          }
          timer = setTimeout(look, 150);
        };
        void look();
      } catch {
        if (!stopped) setState("unavailable");
      }
    })();
    return () => {
      stopped = true;
      clearTimeout(timer);
      for (const track of stream?.getTracks() ?? []) track.stop();
    };
  }, []);

  return (
    <div className="mt-3 rounded-lg border border-stone-300 p-3" data-testid="card-scanner">
      <p className="mb-2 text-sm text-stone-700" aria-live="polite">
        {state === "unavailable" ? t("scanUnavailable") : state === "starting" ? t("scanLoading") : t("scanHint")}
      </p>
      <video ref={video} muted playsInline className={`w-full max-w-md rounded-md bg-black ${state === "scanning" ? "" : "hidden"}`} />
      <Button type="button" variant="secondary" className="mt-2" onClick={() => callbacks.current.onClose()}>
        {t("scanStop")}
      </Button>
    </div>
  );
}
