package org.chatapp.mobile;

import com.getcapacitor.BridgeActivity;

public class MainActivity extends BridgeActivity {}
