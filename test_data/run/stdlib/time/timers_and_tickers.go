// Timers and tickers: firing order, Stop and Reset results, AfterFunc, and Go's panics for non-positive ticker
// intervals and uninitialized timers.
package main

import (
	"fmt"
	"time"
)

func try(what string, f func()) {
	defer func() {
		r := recover()
		fmt.Printf("%s: %T %v\n", what, r, r)
	}()
	f()
}

func main() {
	t := time.NewTimer(time.Hour)
	early := time.NewTimer(time.Millisecond)
	<-early.C
	fmt.Println("early fired; stop after firing:", early.Stop())
	fmt.Println("stop pending:", t.Stop(), "stop again:", t.Stop())
	fmt.Println("reset stopped:", t.Reset(time.Millisecond))
	<-t.C
	fmt.Println("reset timer fired")

	done := make(chan string)
	time.AfterFunc(2*time.Millisecond, func() { done <- "after func ran" })
	fmt.Println(<-done)
	af := time.AfterFunc(time.Hour, func() {})
	fmt.Println("stop AfterFunc:", af.Stop())

	tk := time.NewTicker(time.Millisecond)
	for i := 0; i < 3; i++ {
		<-tk.C
	}
	tk.Reset(2 * time.Millisecond)
	<-tk.C
	tk.Stop()
	fmt.Println("ticker ticked 4 times")
	select {
	case <-time.After(time.Millisecond):
		fmt.Println("After fired")
	}
	var zero time.Ticker
	zero.Stop()
	fmt.Println("Stop of a zero Ticker is allowed")

	try("NewTicker(0)", func() { time.NewTicker(0) })
	try("NewTicker(-1)", func() { time.NewTicker(-1) })
	try("Ticker.Reset(0)", func() { time.NewTicker(time.Hour).Reset(0) })
	try("zero Ticker.Reset", func() { zero.Reset(time.Second) })
	try("zero Timer.Stop", func() { var tm time.Timer; tm.Stop() })
	try("zero Timer.Reset", func() { var tm time.Timer; tm.Reset(time.Second) })
	fmt.Println("Tick(0) is nil:", time.Tick(0) == nil)
}
