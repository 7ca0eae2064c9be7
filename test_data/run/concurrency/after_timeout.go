package main

import (
	"fmt"
	"time"
)

func main() {
	slow := make(chan int)
	go func() {
		time.Sleep(200 * time.Millisecond)
		slow <- 1
	}()
	select {
	case v := <-slow:
		fmt.Println("unexpected", v)
	case <-time.After(20 * time.Millisecond):
		fmt.Println("timeout")
	}
	fmt.Println("then", <-slow)

	start := time.Now()
	timer := time.NewTimer(10 * time.Millisecond)
	<-timer.C
	fmt.Println("timer fired, waited enough:", time.Since(start) >= 10*time.Millisecond)
	t2 := time.NewTimer(time.Hour)
	fmt.Println("stopped:", t2.Stop())

	ticker := time.NewTicker(5 * time.Millisecond)
	for i := 0; i < 3; i++ {
		<-ticker.C
		fmt.Println("tick", i)
	}
	ticker.Stop()

	// sleeping goroutines wake in deadline order
	out := make(chan int, 3)
	for _, d := range []int{30, 10, 20} {
		go func(d int) {
			time.Sleep(time.Duration(d) * time.Millisecond)
			out <- d
		}(d)
	}
	fmt.Println(<-out, <-out, <-out)
}
