package main

import (
	"fmt"
	"sync"
	"time"
)

func main() {
	var wg sync.WaitGroup
	wg.Add(1)
	t := time.AfterFunc(5*time.Millisecond, func() {
		fmt.Println("AfterFunc ran")
		wg.Done()
	})
	wg.Wait()
	fmt.Println("stop after firing:", t.Stop(), t.C == nil)

	t2 := time.AfterFunc(time.Hour, func() { fmt.Println("never") })
	fmt.Println("stop before firing:", t2.Stop())

	timer := time.NewTimer(time.Hour)
	fmt.Println("reset pending:", timer.Reset(5*time.Millisecond))
	<-timer.C
	fmt.Println("fired after reset")
	fmt.Println("reset fired:", timer.Reset(time.Millisecond))
	<-timer.C
	fmt.Println("fired again")

	tick := time.Tick(2 * time.Millisecond)
	<-tick
	<-tick
	fmt.Println("two ticks")
}
